import { describe, expect, it } from 'vitest';
import { senderKind } from '../../../src/background/sender';

const ID = 'bdanklfonhomfjimnppmhbjcbgjookcn';
const ORIGIN = `chrome-extension://${ID}`;
const tab = (url: string) => ({
  id: 1,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
  url,
});

describe('senderKind', () => {
  it('accepts our content script on a chat site', () => {
    expect(senderKind({ id: ID, url: 'https://claude.ai/new', tab: tab('https://claude.ai/new') }, ID, ORIGIN)).toBe(
      'content',
    );
  });

  it('accepts our own pages', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}/src/ui/popup/index.html` }, ID, ORIGIN)).toBe('extension-page');
  });

  it('rejects another extension, and our content script on a page that is not a chat site', () => {
    expect(senderKind({ id: 'x'.repeat(32), url: `${ORIGIN}/p.html` }, ID, ORIGIN)).toBeUndefined();
    expect(
      senderKind({ id: ID, url: 'https://evil.example/', tab: tab('https://evil.example/') }, ID, ORIGIN),
    ).toBeUndefined();
  });

  it('rejects a tab-less sender whose url is not ours', () => {
    expect(senderKind({ id: ID, url: 'https://chatgpt.com/' }, ID, ORIGIN)).toBeUndefined();
  });
});

describe('senderKind with our page open in a tab', () => {
  it('is an extension page, not a content script', () => {
    const url = `${ORIGIN}/src/ui/options/index.html`;
    expect(senderKind({ id: ID, url, tab: tab(url) }, ID, ORIGIN)).toBe('extension-page');
  });

  it('does not trust a look-alike origin prefix', () => {
    const url = `${ORIGIN}.evil.example/x`;
    expect(senderKind({ id: ID, url, tab: tab(url) }, ID, ORIGIN)).toBeUndefined();
  });
});

describe("senderKind on an admin's extra site", () => {
  const portal = 'https://ai.corp.example/c/1';
  const listed = [{ name: 'Portal', match: 'ai.corp.example', composer: 'generic', sendButton: 'generic', reply: '' }];

  it('accepts our content script there only while extraSites lists the host', () => {
    const sender = { id: ID, url: portal, tab: tab(portal) };
    expect(senderKind(sender, ID, ORIGIN, listed)).toBe('content');
    expect(senderKind(sender, ID, ORIGIN, [])).toBeUndefined();
    const other = 'https://ai.corp.example.evil.example/';
    expect(senderKind({ id: ID, url: other, tab: tab(other) }, ID, ORIGIN, listed)).toBeUndefined();
  });
});
