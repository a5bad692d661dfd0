import type { APIContext } from 'astro';

/** Lets a browser add errdex as a search engine. */
export function GET({ site }: APIContext): Response {
  const base = site?.origin ?? '';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>errdex</ShortName>
  <Description>Search errdex for an error message, errno number or symbol</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${base}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${base}/search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
}
