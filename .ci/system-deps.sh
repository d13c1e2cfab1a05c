#!/usr/bin/env bash
# System packages the test suite needs on Debian 12: Chromium for browser tests and
# pgvector for PostgreSQL 15 (Debian 12 ships no pgvector package, so it is built from
# Debian's trixie source package). Each step is skipped when already present.
set -euo pipefail
need_apt=0
[ -x /usr/bin/chromium ] || need_apt=1
[ -f /usr/share/postgresql/15/extension/vector.control ] || need_apt=1
if [ "$need_apt" = 1 ]; then
  apt-get update -qq
fi
if [ ! -x /usr/bin/chromium ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
if [ ! -f /usr/share/postgresql/15/extension/vector.control ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-server-dev-15 dpkg-dev make gcc >/dev/null
  MIRROR="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
  W=$(mktemp -d); mkdir -p "$W/lists/partial" "$W/cache/archives/partial"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR trixie main" > "$W/src.list"
  A=(-o "Dir::Etc::SourceList=$W/src.list" -o Dir::Etc::SourceParts=/nonexistent -o "Dir::State::Lists=$W/lists" -o "Dir::Cache=$W/cache")
  apt-get "${A[@]}" update -qq && (cd "$W" && apt-get "${A[@]}" source pgvector=0.8.0-1 >/dev/null)
  SRC=$(find "$W" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*')
  make -s -C "$SRC" PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >/dev/null
  make -s -C "$SRC" PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config install >/dev/null
fi
psql -h 127.0.0.1 -U postgres -d test -qc 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null
echo "system deps ready: $(/usr/bin/chromium --version 2>/dev/null), pgvector $(psql -h 127.0.0.1 -U postgres -d test -Atc "select extversion from pg_extension where extname='vector'")"
