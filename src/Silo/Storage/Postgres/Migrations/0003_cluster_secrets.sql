-- What every frontend of a cluster must share. ASP.NET Core data-protection keys, so a console sign-in made through
-- one frontend is read by every other (rows are only added; the key manager revokes keys inside their XML). The
-- bootstrap admin token's hash, written once by the first frontend to start.
CREATE TABLE IF NOT EXISTS data_protection_keys (
    friendly_name text COLLATE "C" PRIMARY KEY,
    xml text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS practice_secrets (
    name text COLLATE "C" PRIMARY KEY,
    value text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
