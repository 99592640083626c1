import { describe, expect, it } from 'vitest';
import { urlRecognizer } from '../../../../src/detect/recognizers/url';
import { recognized } from '../helpers';

describe('url', () => {
  it.each([
    ['see https://admin:s3cretPass@intranet.example.com/x', 'https://admin:s3cretPass@intranet.example.com/x'],
    [
      'https://api.example.com/v1/items?token=abcd1234efgh5678.',
      'https://api.example.com/v1/items?token=abcd1234efgh5678',
    ],
    [
      'https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Credential=AKIA/2024&X-Amz-Signature=9f8e7d6c5b4a',
      'https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Credential=AKIA/2024&X-Amz-Signature=9f8e7d6c5b4a',
    ],
    [
      'https://x.blob.core.windows.net/c?sv=2022&sig=AbCdEf123456%3D',
      'https://x.blob.core.windows.net/c?sv=2022&sig=AbCdEf123456%3D',
    ],
    ['https://app.example.com/cb#access_token=eyJhbGciOi123', 'https://app.example.com/cb#access_token=eyJhbGciOi123'],
    // A scheme with a driver suffix, and a JDBC URL, are reported whole.
    [
      'DATABASE_URL=postgresql+psycopg2://app:S3cr3tPass@db.internal:5432/prod',
      'postgresql+psycopg2://app:S3cr3tPass@db.internal:5432/prod',
    ],
    ['url jdbc:mysql://root:pw1234zz@db/x', 'jdbc:mysql://root:pw1234zz@db/x'],
  ])('finds %j', (text, value) => {
    expect(recognized(urlRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['https://example.com/docs?page=2&sort=asc'],
    ['https://example.com/search?q=token'],
    ['https://api.example.com/?api_key=YOUR_API_KEY'],
    ['https://api.example.com/?token=${TOKEN}'],
    ['https://user@example.com/profile'],
    ['https://example.com/?key=123'],
    ['http://localhost:3000/'],
  ])('ignores %j', (text) => {
    expect(recognized(urlRecognizer, text)).toEqual([]);
  });
});
