/**
 * `file/scan` and `file/rewrite`: attached documents are read in the offscreen document (Chrome),
 * whose pdf.js worker and zip readers never touch a page's main thread or this worker's event loop,
 * then the detector runs here with the settings' detection options. Firefox has no offscreen
 * documents; its background is a page, so the readers load there on first use.
 */
import { detect, type Finding } from '../detect';
import { detectFull } from '../detect/nlp';
import { envelope, type FileExtractResponse, type FileRewriteRequest, type FileScanResponse } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { MAX_FULL_TEXT } from './detect-full';
import { currentSettings } from './settings';

/** A file whose reading takes longer is reported as timed out (and the reader is restarted). */
export const EXTRACT_TIMEOUT_MS = 60_000;
const OFFSCREEN_URL = 'src/offscreen/index.html';

let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const contexts = await chrome.runtime.getContexts?.({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
  });
  if (contexts && contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Reads attached documents (PDF, Office) off the page to check them for personal data.',
    })
    .catch((error: unknown) => {
      // Two scans at once: the other one created it.
      if (!/single offscreen document/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

const hasOffscreen = (): boolean => typeof chrome !== 'undefined' && chrome.offscreen !== undefined;

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function extractOffPage(request: unknown): Promise<FileExtractResponse> {
  if (!hasOffscreen()) {
    const [{ answerExtract }, pdfjs] = await Promise.all([import('../files/service'), import('pdfjs-dist')]);
    const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return answerExtract(request, () => Promise.resolve(pdfjs));
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage(envelope('offscreen/extract', request as never))) as FileExtractResponse;
}

export async function scanFile(request: unknown, _sender: Runtime.MessageSender): Promise<FileScanResponse> {
  const answer = await withTimeout(
    extractOffPage(request).catch((error: unknown): FileExtractResponse => ({
      ok: false,
      reason: 'unavailable',
      detail: String(error).slice(0, 200),
    })),
    EXTRACT_TIMEOUT_MS,
    (): FileExtractResponse => {
      if (hasOffscreen()) void chrome.offscreen.closeDocument().catch(() => undefined);
      return { ok: false, reason: 'timeout', detail: `no text after ${EXTRACT_TIMEOUT_MS / 1000} s` };
    },
  );
  if (!answer.ok) return answer;
  const { settings } = await currentSettings();
  const options = {
    minScore: settings.minScore,
    customKeywords: settings.customKeywords,
    customPatterns: settings.customPatterns,
  };
  const findings: Finding[] =
    answer.text.length <= MAX_FULL_TEXT ? detectFull(answer.text, options) : detect(answer.text, options);
  return { ...answer, findings };
}

export async function rewriteFile(request: unknown, _sender: Runtime.MessageSender): Promise<{ data: string | null }> {
  if (!hasOffscreen()) {
    const { answerRewrite } = await import('../files/service');
    return answerRewrite(request);
  }
  await ensureOffscreen();
  return (await browser.runtime.sendMessage(envelope('offscreen/rewrite', request as FileRewriteRequest))) as {
    data: string | null;
  };
}
