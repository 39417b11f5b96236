-- The database's own ceiling for scenario 1: one hand-written statement returning the listing as JSON.
-- pgbench -D organization_id=<id>
SELECT json_agg(json_build_object(
         'id', a.id, 'name', a.name, 'publishedAt', a.published_at,
         'center', json_build_object('name', c.name, 'city', c.city),
         'photos', (SELECT json_agg(json_build_object('mediumUrl', p.medium_url))
                    FROM (SELECT medium_url FROM animal_photos WHERE animal_id = a.id ORDER BY position LIMIT 1) p))
         ORDER BY a.published_at DESC, a.id DESC)
FROM (SELECT id, name, published_at, center_id FROM animals
      WHERE organization_id = :organization_id AND species = 'dog' AND status = 'available' AND is_published
      ORDER BY published_at DESC, id DESC LIMIT 50) a
JOIN rescue_centers c ON c.id = a.center_id;
