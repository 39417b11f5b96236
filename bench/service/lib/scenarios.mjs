// The scenarios: one GraphQL document per server (scenarios/<dir>/rescuegraph.graphql, postgraphile.graphql),
// the variables each needs for the data set at hand, and the one-statement SQL ceiling where measured.
import { readFileSync, existsSync } from 'node:fs';

const scenarioDirectory = new URL('../scenarios/', import.meta.url).pathname;
const documentFile = { ours: 'rescuegraph', peer: 'postgraphile' };

export function readDocument(dir, file) {
  const full = scenarioDirectory + dir + '/' + file;
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
}

export const ceilingScript = dir => scenarioDirectory + dir + '/ceiling.sql';

const year = { ours: { from: '2024-01-01', to: '2025-01-01' }, peer: { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } };
const base64 = text => Buffer.from(text, 'utf8').toString('base64');

/**
 * Each scenario: `dir` holds its documents; `variables(key, params, setup)` gives the variables for server `key`
 * ('ours' | 'peer'); `setup(server, params)` (optional) runs bounded setup requests (e.g. to obtain a cursor);
 * `peerLacks` says why PostGraphile's default schema cannot express it; `ceiling` names the pgbench defines;
 * `sameShape: false` skips the amount-of-data comparison where the two answers are legitimately shaped apart.
 */
export const scenarios = [
  {
    id: '1', name: 'Partner listing (50 available dogs, newest first)', dir: '1-listing',
    variables: (key, p) => ({ organization: p.organizationSlug }),
    ceiling: p => ({ organization_id: p.organizationId }),
  },
  {
    id: '2a', name: 'Nearby, page 1 (50 km, dog/medium/good with children, by distance)', dir: '2-nearby',
    peerLacks: 'no distance search or distance order in PostGraphile\'s default schema',
    variables: (key, p) => ({ latitude: p.latitude, longitude: p.longitude }),
    ceiling: p => ({ latitude: p.latitude, longitude: p.longitude }),
  },
  {
    id: '2b', name: 'Nearby, page 2 (by cursor)', dir: '2-nearby',
    peerLacks: 'no distance search or distance order in PostGraphile\'s default schema',
    async setup(server, p, document) {
      const page1 = await expectData(server, document, { latitude: p.latitude, longitude: p.longitude });
      const cursor = Object.values(page1)[0]?.pageInfo?.endCursor;
      if (!cursor) throw new Error('page 1 returned no endCursor');
      return { after: cursor };
    },
    variables: (key, p, setup) => ({ latitude: p.latitude, longitude: p.longitude, after: setup.after }),
  },
  {
    id: '2c', name: 'Newest first, page 1 (all published animals)', dir: '2-newest-first',
    variables: () => ({}),
  },
  {
    id: '2d', name: 'Newest first, deep page (keyset cursor)', dir: '2-newest-first',
    setup: (server, p) => deepCursor(server, p.deepRow),
    variables: (key, p, setup) => ({ after: setup.after }),
  },
  {
    id: '3', name: 'Animal detail by node id', dir: '3-detail',
    // HotChocolate 14's id format (base64 "Type:key") for ours; PostGraphile's base64 JSON [table, key].
    variables: (key, p) => ({ id: key === 'ours' ? base64(`Animal:${p.animalId}`) : base64(JSON.stringify(['animals', p.animalId])) }),
  },
  {
    id: '4', name: 'Campaign page (localities, officials, updates, responses)', dir: '4-campaign',
    variables: (key, p) => ({ slug: p.campaignSlug }),
  },
  {
    id: '5a', name: 'Analyst: intakes and outcomes by month and species (1 year)', dir: '5-analyst-counts',
    peerLacks: 'pg-aggregates groups by hour/day truncation only and cannot group events by the animal\'s species',
    variables: key => year[key],
  },
  {
    id: '5b', name: 'Analyst: live-release rate by center (1 year)', dir: '5-live-release',
    // PostGraphile returns (center, outcome type) groups for the client to divide; ours returns the rates.
    sameShape: false,
    variables: key => year[key],
  },
];

/**
 * The documents `key`'s server may run for a scenario, preferred first: the target document, then an interim one
 * (`<server>.interim.graphql`) that expresses the same data through what the schema offers today.
 */
export function documentsFor(scenario, key) {
  const result = [];
  for (const variant of ['target', 'interim']) {
    const text = readDocument(scenario.dir, `${documentFile[key]}${variant === 'interim' ? '.interim' : ''}.graphql`);
    if (text) result.push({ variant, text });
  }
  return result;
}

/** Data set parameters every scenario draws on, chosen so each document has rows to return. */
export async function chooseParameters(cluster, database, { deepRow }) {
  const one = async sql => (await cluster.query(database, sql))[0];
  const organization = await one(`SELECT o.id, o.slug FROM animals a JOIN organizations o ON o.id = a.organization_id
    WHERE a.species = 'dog' AND a.status = 'available' AND a.is_published GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`);
  const center = await one(`SELECT c.latitude, c.longitude FROM rescue_centers c JOIN animals a ON a.center_id = c.id
    WHERE c.country = 'KR' AND a.status = 'available' GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`);
  const animal = await one(`SELECT a.id FROM animals a JOIN animal_events e ON e.animal_id = a.id WHERE a.is_published
    GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`);
  const campaign = await one(`SELECT c.slug FROM campaigns c WHERE c.korean_locality_id IS NOT NULL AND c.partner_locality_id IS NOT NULL
    ORDER BY (SELECT count(*) FROM campaign_updates u WHERE u.campaign_id = c.id AND NOT u.is_draft)
           + (SELECT count(*) FROM official_responses r WHERE r.campaign_id = c.id) DESC, c.id LIMIT 1`);
  const published = Number((await one('SELECT count(*) AS n FROM animals WHERE is_published')).n);
  return {
    organizationId: Number(organization.id), organizationSlug: organization.slug,
    latitude: center.latitude, longitude: center.longitude,
    animalId: Number(animal.id), campaignSlug: campaign.slug,
    // Row of the deep page's cursor: the target row, or near the end of the result on smaller sets; whole walk pages of 100.
    deepRow: Math.max(100, Math.floor(Math.min(deepRow, published - 1000) / 100) * 100),
    published,
  };
}

/** Sends one request and returns `data`, throwing on HTTP errors, GraphQL errors or an empty root field. */
export async function expectData(server, document, variables) {
  const { status, json, text } = await server.post(document, variables);
  if (status !== 200 || !json) throw new Error(`HTTP ${status}: ${text.slice(0, 300)}`);
  if (json.errors?.length) throw new Error(`GraphQL error: ${json.errors[0].message}`);
  if (!json.data || Object.values(json.data).some(value => value === null || (Array.isArray(value) && !value.length)))
    throw new Error(`empty result: ${text.slice(0, 200)}`);
  return json.data;
}

/**
 * Objects in a result: a rough "same amount of data" check between the two servers. Plumbing is not data:
 * connection objects (only nodes/edges/totalCount), pageInfo, and wrappers with a single object- or list-valued
 * field (`data` itself, an organization holding only its animals), so differently shaped answers count the same.
 */
export function objectCount(value) {
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + objectCount(item), 0);
  if (!value || typeof value !== 'object') return 0;
  const keys = Object.keys(value).filter(key => key !== 'pageInfo');
  const isConnection = keys.length > 0 && keys.every(key => connectionKeys.has(key));
  const isWrapper = keys.length === 1 && value[keys[0]] !== null && typeof value[keys[0]] === 'object';
  return (isConnection || isWrapper ? 0 : 1) + keys.reduce((sum, key) => sum + objectCount(value[key]), 0);
}

const connectionKeys = new Set(['nodes', 'edges', 'totalCount']);

const walkLimits = { seconds: 300 };

/** The keyset cursor after row `row` of the newest-first result (bounded: row/100 requests, at most 300 s). */
async function deepCursor(server, row) {
  if (server.key === 'peer') {
    const data = await expectData(server, readDocument('2-newest-first', 'postgraphile.cursor-at.graphql'), { offset: row - 1 });
    return { after: data.animals.edges[0].cursor, row };
  }
  const walk = readDocument('2-newest-first', 'rescuegraph.walk.graphql');
  const deadline = Date.now() + walkLimits.seconds * 1000;
  let after = null;
  for (let reached = 0; reached < row; reached += 100) {
    if (Date.now() > deadline) throw new Error(`cursor walk reached only row ${reached} of ${row} in ${walkLimits.seconds}s`);
    const data = await expectData(server, walk, { after });
    after = data.animals.pageInfo.endCursor;
    if (!data.animals.pageInfo.hasNextPage) throw new Error(`result ended before row ${row}`);
  }
  return { after, row };
}
