#!/usr/bin/env bash
# Runs the packaged application the way docker/compose.yaml runs its container (profile postgres, the same
# environment variables, the container's health check), against a PostgreSQL database given as a JDBC URL.
# Used by .ci/run on machines without a Docker engine.
#   docker/run-without-docker.sh jdbc:postgresql://127.0.0.1:5432/somedb postgres
set -euo pipefail
cd "$(dirname "$0")/.."
url=$1 user=$2 port=${3:-18080}
jar=$(ls target/qyzmet-*.jar | grep -v original | head -n 1)
log=target/run-without-docker.log

echo "-- without QYZMET_ADMIN_PASSWORD the postgres profile must refuse to start"
if SPRING_PROFILES_ACTIVE=postgres QYZMET_DB_URL=$url QYZMET_DB_USER=$user QYZMET_ADMIN_USER=admin \
   QYZMET_ADMIN_PASSWORD= timeout 120 java -jar "$jar" --server.port="$port" > "$log" 2>&1; then
  echo "FAIL: started without an administrator password" >&2; exit 1
fi
grep -q "QYZMET_ADMIN_PASSWORD" "$log" || { echo "FAIL: startup did not name QYZMET_ADMIN_PASSWORD" >&2; exit 1; }

echo "-- start as the container does"
SPRING_PROFILES_ACTIVE=postgres QYZMET_DB_URL=$url QYZMET_DB_USER=$user QYZMET_DB_PASSWORD= \
QYZMET_ADMIN_USER=chief QYZMET_ADMIN_PASSWORD=Qyzmet-Bastyq-2026 TZ=Asia/Almaty \
  java -jar "$jar" --server.port="$port" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

# The Dockerfile's HEALTHCHECK command, retried as Docker would during the start period.
for _ in $(seq 1 90); do
  curl -fsS "http://localhost:$port/actuator/health/liveness" > /dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$log" >&2; echo "FAIL: the application stopped" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://localhost:$port/actuator/health/liveness"; echo

code() { curl -s -o /dev/null -w "%{http_code}" "$@"; }
check() { [ "$1" = "$2" ] || { echo "FAIL: $3 answered $1, expected $2" >&2; exit 1; }; echo "ok: $3 -> $1"; }
check "$(code "http://localhost:$port/camunda/app/tasklist/default/")" 200 "Tasklist page"
check "$(code "http://localhost:$port/engine-rest/process-definition/count")" 401 "engine-rest without credentials"
check "$(code -u chief:Qyzmet-Bastyq-2026 "http://localhost:$port/engine-rest/process-definition/count")" 200 \
  "engine-rest as the administrator"
check "$(code -u operator:demo "http://localhost:$port/engine-rest/process-definition/count")" 401 \
  "a demo user on the postgres profile"
echo "run-without-docker: ok"
