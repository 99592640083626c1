import { envelope, type MessageType, type Protocol } from '../messages';
import { browser } from './browser';

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  payload: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  return (await browser.runtime.sendMessage(envelope(type, payload))) as Protocol[K]['response'];
}
