// imsmanifest.xml for the QTI 3.0 (IMS CP 1.2 profile) and QTI 2.1 (IMS CP 1.1) packages. Each item resource
// carries its interaction types (QTI metadata) and its misconception tags as LOM keywords: QTI has no slot of its
// own for "the error this distractor stands for".
import type { Misconception } from '@/content/schema';
import { h, xmlDocument, type XElement } from '../xml';
import type { QtiVersion } from './item';

export interface ManifestResource {
  identifier: string;
  kind: 'item' | 'test' | 'stimulus' | 'webcontent';
  href: string;
  dependencies?: string[];
  interactionTypes?: string[];
  misconceptions?: Misconception[];
  title?: string;
}

const TYPES: Record<QtiVersion, Record<ManifestResource['kind'], string>> = {
  '3.0': { item: 'imsqti_item_xmlv3p0', test: 'imsqti_test_xmlv3p0', stimulus: 'imsqti_stimulus_xmlv3p0', webcontent: 'webcontent' },
  '2.1': { item: 'imsqti_item_xmlv2p1', test: 'imsqti_test_xmlv2p1', stimulus: 'webcontent', webcontent: 'webcontent' },
};

function metadata(r: ManifestResource, version: QtiVersion): XElement | null {
  const tags = r.misconceptions ?? [];
  if (version === '2.1') {
    if (tags.length === 0) return null;
    return h('metadata', {}, h('imsmd:lom', {}, h('imsmd:general', {}, tags.map((t) => h('imsmd:keyword', {}, h('imsmd:langstring', { 'xml:lang': 'en' }, `misconception:${t}`))))));
  }
  return h(
    'metadata',
    {},
    h('qti:qtiMetadata', {}, h('qti:timeDependent', {}, 'false'), (r.interactionTypes ?? []).map((t) => h('qti:interactionType', {}, t))),
    tags.length > 0 &&
      h('lom:lom', {}, h('lom:general', {}, tags.map((t) => h('lom:keyword', {}, h('lom:string', { language: 'en' }, `misconception:${t}`))))),
  );
}

export function buildManifest(id: string, title: string, version: QtiVersion, resources: ManifestResource[]): string {
  const v3 = version === '3.0';
  const ns: XElement['attrs'] = v3
    ? {
        xmlns: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
        'xmlns:lom': 'http://ltsc.ieee.org/xsd/LOM',
        'xmlns:qti': 'http://www.imsglobal.org/xsd/imsqti_metadata_v3p0',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
      }
    : {
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_v1p2',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': 'http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
      };
  const root = h(
    'manifest',
    { ...ns, identifier: id },
    h(
      'metadata',
      {},
      h('schema', {}, v3 ? 'QTI Package' : 'IMS Content'),
      h('schemaversion', {}, v3 ? '3.0.0' : '1.1'),
      !v3 && h('imsmd:lom', {}, h('imsmd:general', {}, h('imsmd:title', {}, h('imsmd:langstring', { 'xml:lang': 'en' }, title)))),
    ),
    h('organizations', {}),
    h(
      'resources',
      {},
      resources.map((r) =>
        h(
          'resource',
          { identifier: r.identifier, type: TYPES[version][r.kind], href: r.href },
          metadata(r, version),
          h('file', { href: r.href }),
          (r.dependencies ?? []).map((d) => h('dependency', { identifierref: d })),
        ),
      ),
    ),
  );
  return xmlDocument(root, 'plain');
}
