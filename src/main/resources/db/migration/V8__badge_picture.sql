-- A picture on the badge (an uploaded PNG, JPEG or SVG, checked and stored as PNG of at most 512 x 512).
ALTER TABLE badge ADD COLUMN image MEDIUMBLOB;
