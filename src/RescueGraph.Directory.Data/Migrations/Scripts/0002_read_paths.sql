-- 0002: read paths (issues 4 and 5). Indexes whose column order and directions match the listings' ORDER BY, so a
-- page — first or at row 500,000 — is an index range scan that stops after LIMIT rows. The data library appends the
-- primary key as the last sort key in the direction of the key before it (newest first = published_at DESC, id DESC)
-- and states a cursor as a row comparison, (published_at, id) < ($1, $2), which such an index takes as its start.
-- Runs inside one transaction, under the migrator's advisory lock.

-- Newest first over every published animal (animals(order: publishedAt DESC), the default order).
-- Replaces ix_animals_published_at_id (published_at DESC, id ASC), whose mixed directions no longer match the order.
CREATE INDEX ix_animals_published_at_id_desc ON animals (published_at DESC, id DESC) WHERE is_published;
DROP INDEX ix_animals_published_at_id;

-- A partner's listing: one organization's published animals of a status and species, newest first. The organization
-- filter arrives as organization_id = (SELECT id FROM organizations WHERE slug = $1), an equality the index seeks on.
CREATE INDEX ix_animals_listing ON animals (organization_id, status, species, published_at DESC, id DESC) WHERE is_published;

-- A center's published animals, newest first (RescueCenter.animals): every center's page is read in index order.
CREATE INDEX ix_animals_center_id_published_at_id ON animals (center_id, published_at DESC, id DESC) WHERE is_published;
