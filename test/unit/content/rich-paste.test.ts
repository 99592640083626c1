import { describe, expect, it } from 'vitest';
import { hidesText } from '../../../src/content/rich-paste';

describe('hidesText: inline styles that keep text from a reader', () => {
  it('hidden, invisible, zero-size, transparent, white and off-screen text', () => {
    for (const style of [
      'display: none',
      'visibility:hidden',
      'opacity: 0',
      'font-size: 0px',
      'font-size:1px',
      'color: transparent',
      'color:#ffffff',
      'color: white',
      'position:absolute; left:-9999px',
      'text-indent: -10000px',
      'width:0; height:0; overflow:hidden',
    ])
      expect(hidesText(style), style).toBe(true);
  });
  it('ordinary styles are not hidden', () => {
    for (const style of [
      'color: #333',
      'font-size: 14px',
      'opacity: 0.9',
      'display: block',
      'left: -12px',
      'color:#fffeee',
      '',
    ])
      expect(hidesText(style), style).toBe(false);
  });
});
