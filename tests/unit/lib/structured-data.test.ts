import { expect, test } from 'vitest';
import { jsonLdText } from '../../../src/lib/structured-data';

test('JSON-LD text cannot close its script element', () => {
  expect(jsonLdText({ a: '</script><script>x()</script>' })).not.toContain('</script');
  expect(JSON.parse(jsonLdText({ a: '</script>' }))).toEqual({ a: '</script>' });
});
