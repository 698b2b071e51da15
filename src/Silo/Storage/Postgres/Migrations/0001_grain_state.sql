-- Grain state of every grain, one row per grain and state name; version is the ETag.
CREATE TABLE IF NOT EXISTS grain_state (
    grain_type text COLLATE "C" NOT NULL,
    grain_key text COLLATE "C" NOT NULL,
    state_name text COLLATE "C" NOT NULL,
    version bigint NOT NULL,
    payload bytea,
    PRIMARY KEY (grain_type, grain_key, state_name)
);
