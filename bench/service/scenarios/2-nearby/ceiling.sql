-- The database's own ceiling for scenario 2 (page 1): one hand-written statement returning the page as JSON.
-- pgbench -D latitude=<lat> -D longitude=<lon>
SELECT json_agg(json_build_object(
         'id', n.id, 'name', n.name, 'distanceKm', n.distance / 1000,
         'center', json_build_object('name', n.center_name, 'city', n.city),
         'photos', (SELECT json_agg(json_build_object('mediumUrl', p.medium_url))
                    FROM (SELECT medium_url FROM animal_photos WHERE animal_id = n.id ORDER BY position LIMIT 1) p))
         ORDER BY n.distance, n.id)
FROM (SELECT a.id, a.name, c.name AS center_name, c.city,
             earth_distance(ll_to_earth(:latitude, :longitude), ll_to_earth(c.latitude, c.longitude)) AS distance
      FROM rescue_centers c
      JOIN animals a ON a.center_id = c.id
      WHERE earth_box(ll_to_earth(:latitude, :longitude), 50000) @> ll_to_earth(c.latitude, c.longitude)
        AND earth_distance(ll_to_earth(:latitude, :longitude), ll_to_earth(c.latitude, c.longitude)) <= 50000
        AND a.species = 'dog' AND a.size = 'medium' AND a.good_with_children = 'yes'
        AND a.status = 'available' AND a.is_published
      ORDER BY distance, a.id LIMIT 20) n;
