/**
 * The offscreen document (Chrome): reads attached files off every page's main thread. pdf.js runs
 * its parser in a worker started from here. It answers the background only: content scripts'
 * messages reach extension documents too, so each message's sender is checked.
 */
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ALLOWED_SENDERS, isEnvelope } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { answerExtract, answerRewrite } from '../files/service';
import type { PdfLoader } from '../files/extract';
import type { Ocr } from '../files/extract';
import type { Painter } from '../files/service';

// tesseract.js loads with the first image, not with every document.
const recognize: Ocr = async (bytes, type) => (await import('./ocr')).recognize(bytes, type);
const paintOver: Painter = async (bytes, type, boxes) => (await import('./ocr')).paintOver(bytes, type, boxes);

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

/** The service worker: our extension, no tab, an extension URL. */
const fromBackground = (sender: Runtime.MessageSender): boolean =>
  sender.id === browser.runtime.id && !sender.tab && (sender.url ?? '').startsWith(`${extensionOrigin}/`);

const loadPdf: PdfLoader = async () => {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
  return pdfjs;
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message) || !ALLOWED_SENDERS[message.type].includes('background')) return undefined;
  if (!fromBackground(sender))
    return Promise.reject(new Error('Veil: offscreen messages come from the background only'));
  if (message.type === 'offscreen/extract') return answerExtract(message.payload, loadPdf, recognize);
  if (message.type === 'offscreen/rewrite') return answerRewrite(message.payload, paintOver);
  return undefined;
});
