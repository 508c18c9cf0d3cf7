#include "pgschema.h"

namespace gc::server::pgschema {

const char *const kCreate = R"(
CREATE TABLE gc_store (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE events (
  seq bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE, hlc text NOT NULL, occurred_at text NOT NULL,
  actor text NOT NULL, device text NOT NULL, kind text NOT NULL, asset_uuid text, payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(), pushed_by text);
CREATE INDEX events_asset ON events (asset_uuid, seq);
CREATE TABLE assets (
  uuid text PRIMARY KEY, code text, category text, department text, dong_code text, status text,
  fields jsonb NOT NULL, geom geometry(Point, 5186), last_hlc text, conflict boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX assets_geom ON assets USING gist (geom);
CREATE INDEX assets_department ON assets (department, status);
CREATE TABLE conflicts (
  id bigserial PRIMARY KEY, asset_uuid text NOT NULL, event_id text NOT NULL, other_event_id text NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now(), resolved boolean NOT NULL DEFAULT false,
  UNIQUE (event_id, other_event_id));
CREATE TABLE photos (sha256 text PRIMARY KEY, bytes bigint NOT NULL, data bytea NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(), uploaded_by text);
CREATE TABLE photo_uploads (sha256 text PRIMARY KEY, total bigint NOT NULL, data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE users (name text PRIMARY KEY, role text NOT NULL CHECK (role IN ('admin','office','crew','department')),
  department text, password_hash text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE sessions (token_hash text PRIMARY KEY, user_name text NOT NULL REFERENCES users (name),
  expires_at timestamptz NOT NULL);
CREATE TABLE refusals (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), user_name text,
  remote text, method text, path text, status int NOT NULL, reason text);
CREATE TABLE served (user_name text PRIMARY KEY, cursor bigint NOT NULL);
CREATE TABLE IF NOT EXISTS photo_renditions (sha256 text NOT NULL, rendition text NOT NULL CHECK (rendition IN ('thumb','preview')),
  data bytea NOT NULL, PRIMARY KEY (sha256, rendition));
CREATE TABLE IF NOT EXISTS photo_verdicts (sha256 text PRIMARY KEY, asset_uuid text, slot text, device_verdict text,
  taken_at text, occurred_at text, server_verdict text, result text, checked_at timestamptz);
CREATE INDEX IF NOT EXISTS photo_verdicts_asset ON photo_verdicts (asset_uuid);
ALTER TABLE photo_uploads ADD COLUMN owner text NOT NULL DEFAULT '';
CREATE INDEX photo_uploads_owner ON photo_uploads (owner);
CREATE INDEX events_photo_sha ON events ((payload->>'sha256')) WHERE kind = 'photo.added';
CREATE INDEX events_proposal ON events ((payload->>'proposal_id'), seq) WHERE kind = 'place.proposed';
CREATE INDEX events_survey ON events ((payload->>'survey_id'), hlc) WHERE kind LIKE 'survey.%';
)";

// What stores made before them lack: who pushed each event (the conflict rule's "own edit"), how
// far pull has served each user (the trusted base cursor), who began each partial upload, and the
// indexes the role policy and the photo read scope look events up by.
const char *const kUpgrade = R"(
ALTER TABLE events ADD COLUMN IF NOT EXISTS pushed_by text;
CREATE TABLE IF NOT EXISTS served (user_name text PRIMARY KEY, cursor bigint NOT NULL);
CREATE TABLE IF NOT EXISTS photo_renditions (sha256 text NOT NULL, rendition text NOT NULL CHECK (rendition IN ('thumb','preview')),
  data bytea NOT NULL, PRIMARY KEY (sha256, rendition));
CREATE TABLE IF NOT EXISTS photo_verdicts (sha256 text PRIMARY KEY, asset_uuid text, slot text, device_verdict text,
  taken_at text, occurred_at text, server_verdict text, result text, checked_at timestamptz);
CREATE INDEX IF NOT EXISTS photo_verdicts_asset ON photo_verdicts (asset_uuid);
ALTER TABLE photo_uploads ADD COLUMN IF NOT EXISTS owner text NOT NULL DEFAULT '';
ALTER TABLE photos ADD COLUMN IF NOT EXISTS uploaded_by text;
CREATE INDEX IF NOT EXISTS photo_uploads_owner ON photo_uploads (owner);
CREATE INDEX IF NOT EXISTS events_photo_sha ON events ((payload->>'sha256')) WHERE kind = 'photo.added';
CREATE INDEX IF NOT EXISTS events_proposal ON events ((payload->>'proposal_id'), seq) WHERE kind = 'place.proposed';
CREATE INDEX IF NOT EXISTS events_survey ON events ((payload->>'survey_id'), hlc) WHERE kind LIKE 'survey.%';
)";

} // namespace gc::server::pgschema
