#!/usr/bin/env bash
# Container test (./cutout test-containers): builds the base images (cached), the app (mvn), the
# gateway and worker images from deploy/*.Containerfile, then runs docker-compose.yml with
# podman-compose and checks, through the published gateway port only:
#   1. a photo goes in through POST /api/v1/jobs and a PNG of its size with alpha comes out;
#   2. with two workers, two jobs at once are done one by each (their "job <id> done" log lines);
#   3. a worker killed (SIGKILL) with a job in flight: the job finishes on the other worker;
#   4. a HEIC photo (when heif-enc is here): libheif works in the read-only containers.
# Prints image sizes, each service's time to ready, the workers' peak RSS and the whole duration.
# Everything it started is removed on exit (trap), pass or fail.
# Usage: deploy/test-containers.sh [--force-bases] [--reuse-images] [photo.jpg]
#   --force-bases    rebuild the mmdebstrap base images even when they exist
#   --reuse-images   skip mvn and the app image builds when the test images exist (while iterating)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPLOY="$ROOT/deploy"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$DEPLOY/containers.conf}"
export CUTOUT_MODEL_DIR="${CUTOUT_MODEL_DIR:-$HOME/.cache/cutout/models}"
readonly BASE_IMAGE=localhost/cutout-jre:17-bookworm
readonly PROJECT="cutout-test-$$"
readonly COMPOSE_FILE="$ROOT/docker-compose.yml"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cutout-test-containers.XXXXXX")
readonly WORK
CHECKS=0

say() { printf 'test-containers: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; say "logs and artefacts: $WORK"; exit 1; }
passed() { CHECKS=$((CHECKS + 1)); say "ok $CHECKS - $*"; }
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

FORCE_BASES=()
REUSE=no
PHOTO=""
while [ $# -gt 0 ]; do
  case "$1" in
    --force-bases) FORCE_BASES=(--force); shift ;;
    --reuse-images) REUSE=yes; shift ;;
    -*) die "unknown option $1 (use --force-bases, --reuse-images and/or a photo path)" ;;
    *) PHOTO=$1; shift ;;
  esac
done
[ -n "$PHOTO" ] || PHOTO=$(ls "$ROOT"/../shared/photos/*.jpg 2>/dev/null | head -1)
[ -f "$PHOTO" ] || die "no photo: pass one, or put JPEGs in ../shared/photos"

# ---- prerequisites ---------------------------------------------------------------------------
ensure_tools() {
  local missing=() tool
  for tool in podman runc podman-compose mmdebstrap curl python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || die "missing: ${missing[*]} (install them)"
  say "installing ${missing[*]} with apt-get"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

free_port() {
  local p
  for p in $(seq "$1" $(($1 + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  die "no free port from $1"
}

compose() { podman-compose -p "$PROJECT" -f "$COMPOSE_FILE" "$@" >>"$WORK/compose.log" 2>&1; }

cleanup() {
  local status=$?
  set +e
  say "tearing down $PROJECT"
  for c in $(podman ps -a --format '{{.Names}}' --filter "label=io.podman.compose.project=$PROJECT"); do
    podman logs "$c" >"$WORK/$c.log" 2>&1
  done
  compose down -v -t 5
  # podman-compose 1.0.3 leaves its network, and a container it lost track of, behind.
  podman ps -a -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman rm -f >/dev/null 2>&1
  podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null 2>&1
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1
  if [ -n "$(podman ps -a -q --filter "label=io.podman.compose.project=$PROJECT")" ]; then
    say "WARNING: containers of $PROJECT are still there"; status=1
  else
    say "nothing of $PROJECT left (containers, volume, network removed); logs in $WORK"
  fi
  exit "$status"
}

# ---- helpers on the running stack ------------------------------------------------------------
container() { echo "${PROJECT}_$1"; }   # rabbitmq_1, gateway_1, worker_2 ...

# Waits until the container's health check passes (podman has no timer without systemd, so we run
# the check ourselves); prints the time from the container's start to ready, in ms.
await_healthy() {
  local c=$1 limit=$2 started deadline=$((SECONDS + $2))
  until podman healthcheck run "$c" >/dev/null 2>&1; do
    [ "$(podman inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" = true ] || \
      { podman logs "$c" >"$WORK/$c.log" 2>&1; die "$c is not running (log: $WORK/$c.log)"; }
    [ "$SECONDS" -lt "$deadline" ] || die "$c not healthy after $limit s"
    sleep 0.5
  done
  started=$(podman inspect -f '{{.State.StartedAt.UnixMilli}}' "$c")
  echo $(($(now_ms) - started))
}

# GET on a port inside a container (workers publish no port), with the image's bash.
get_inside() { # container port path
  podman exec "$1" bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"; printf "GET %s HTTP/1.0\r\n\r\n" "$1" >&3; cat <&3' "$2" "$3"
}

in_flight() { get_inside "$1" 8081 /q/metrics 2>/dev/null | sed -n 's/^cutout_jobs_in_flight \([0-9.]*\).*/\1/p'; }

submit() { # photo -> job id
  local answer
  answer=$(curl -sS -w '\n%{http_code}' -F "file=@$1" "$API/api/v1/jobs") || die "POST /api/v1/jobs failed"
  [ "$(tail -1 <<<"$answer")" = 202 ] || die "POST /api/v1/jobs answered $(tail -1 <<<"$answer"): $(head -1 <<<"$answer")"
  head -1 <<<"$answer" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}

status_of() { curl -sS "$API/api/v1/jobs/$1" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p'; }

await_done() { # id limit
  local deadline=$((SECONDS + $2)) status
  while :; do
    status=$(status_of "$1")
    case "$status" in
      done) return ;;
      failed) die "job $1 failed: $(curl -sS "$API/api/v1/jobs/$1")" ;;
    esac
    [ "$SECONDS" -lt "$deadline" ] || die "job $1 still '$status' after $2 s"
    sleep 0.5
  done
}

# Checks the result is a PNG with the photo's (EXIF-oriented) size and colour type 6 (RGBA).
check_png() { # id photo
  local png="$WORK/$1.png"
  curl -sS -f -o "$png" "$API/api/v1/jobs/$1/result" || die "GET result of $1 failed"
  python3 - "$png" "$2" <<'PY' || die "result of $1 is not the expected PNG"
import struct, subprocess, sys
png, photo = sys.argv[1], sys.argv[2]
data = open(png, 'rb').read(33)
assert data[:8] == b'\x89PNG\r\n\x1a\n' and data[12:16] == b'IHDR', 'not a PNG'
w, h, depth, colour = struct.unpack('>IIBB', data[16:26])
def photo_size(path):
    b = open(path, 'rb').read()
    if b[:2] != b'\xff\xd8':          # not a JPEG (e.g. HEIC): ask heif-info
        out = subprocess.run(['heif-info', path], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith('image: ') and 'x' in line:
                dims = line.split()[1].split('x'); return int(dims[0]), int(dims[1])
        raise SystemExit('size of %s unknown' % path)
    i, orient, size = 2, 1, None
    while i < len(b) and size is None:
        marker, length = b[i + 1], struct.unpack('>H', b[i + 2:i + 4])[0]
        seg = b[i + 4:i + 2 + length]
        if marker == 0xE1 and seg[:6] == b'Exif\0\0':
            t = seg[6:]; e = '<' if t[:2] == b'II' else '>'
            ifd = struct.unpack(e + 'I', t[4:8])[0]
            for k in range(struct.unpack(e + 'H', t[ifd:ifd + 2])[0]):
                tag, typ, cnt, val = struct.unpack(e + 'HHI4s', t[ifd + 2 + 12 * k:ifd + 14 + 12 * k])
                if tag == 0x112: orient = struct.unpack(e + 'H', val[:2])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            hh, ww = struct.unpack('>HH', seg[1:5]); size = (hh, ww) if orient >= 5 else (ww, hh)
        i += 2 + length
    return size
pw, ph = photo_size(photo)
print('PNG %dx%d, bit depth %d, colour type %d; photo %dx%d' % (w, h, depth, colour, pw, ph))
assert (w, h) == (pw, ph), 'size differs from the photo'
assert colour == 6, 'colour type is not 6 (RGBA)'
PY
}

worker_did() { podman logs "$1" 2>&1 | grep -q "job $2 done"; }
peak_rss_mb() { podman exec "$1" sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/1/status | awk '{ printf "%d", $1 / 1024 }'; }
quarkus_started() { podman logs "$1" 2>&1 | sed -n 's/.* started in \([0-9.]*s\).*/\1/p' | tail -1; }

# ---- 0. build --------------------------------------------------------------------------------
T0=$(now_ms)
ensure_tools
"$DEPLOY/fetch-models.sh"
T_BASES=$(now_ms); "$DEPLOY/build-base-images.sh" "${FORCE_BASES[@]+"${FORCE_BASES[@]}"}"; T_BASES=$(($(now_ms) - T_BASES))
build_image() { # name containerfile extra-args...
  local name=$1 file=$2 start; shift 2; start=$(now_ms)
  say "podman build $name from deploy/$file"
  podman build --format docker --build-arg BASE="$BASE_IMAGE" "$@" -f "$DEPLOY/$file" -t "$name" "$ROOT" \
    >"$WORK/build-${file%.Containerfile}.log" 2>&1 || die "podman build $name failed (log: $WORK/build-${file%.Containerfile}.log)"
  echo $(($(now_ms) - start))
}
export CUTOUT_GATEWAY_IMAGE=localhost/cutout-gateway:test CUTOUT_WORKER_IMAGE=localhost/cutout-worker:test
export CUTOUT_RABBITMQ_IMAGE=localhost/cutout-rabbitmq:3.10.8
T_MVN=0; T_GW_BUILD=0; T_WK_BUILD=0
if [ "$REUSE" = yes ] && podman image exists "$CUTOUT_GATEWAY_IMAGE" && podman image exists "$CUTOUT_WORKER_IMAGE"; then
  say "--reuse-images: no mvn, no app image builds"
else
  say "building the app: mvn -B -q -DskipTests package"
  T_MVN=$(now_ms); (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package) || die "mvn package failed"; T_MVN=$(($(now_ms) - T_MVN))
  T_GW_BUILD=$(build_image "$CUTOUT_GATEWAY_IMAGE" gateway.Containerfile)
  # The models this machine verified (fetch-models.sh above) replace the image's npm fetch stage.
  T_WK_BUILD=$(build_image "$CUTOUT_WORKER_IMAGE" worker.Containerfile --build-context models="$CUTOUT_MODEL_DIR")
fi

size_mb() { podman image inspect -f '{{.Size}}' "$1" | awk '{ printf "%d", $1 / 1000000 }'; }
for image in "$BASE_IMAGE" "$CUTOUT_RABBITMQ_IMAGE" "$CUTOUT_GATEWAY_IMAGE" "$CUTOUT_WORKER_IMAGE"; do
  say "image $image: $(size_mb "$image") MB"
  [ "$(podman run --rm --entrypoint /bin/sh "$image" -c 'ldconfig -p | grep -c "libheif\.so\.1"' 2>/dev/null || true)" != 0 ] \
    || [ "$image" = "$CUTOUT_RABBITMQ_IMAGE" ] || die "$image has no libheif.so.1"
done
passed "base, gateway and worker images built; libheif.so.1 in the JRE images"

# ---- 1. the stack with one worker --------------------------------------------------------------
[ -f "$ROOT/.env" ] && say "note: $ROOT/.env exists; podman-compose 1.0.3 lets it override this test's settings"
trap cleanup EXIT
trap 'exit 130' INT TERM
export CUTOUT_RABBITMQ_USER=cutout CUTOUT_RABBITMQ_PASSWORD="test-$RANDOM$RANDOM" CUTOUT_WORKERS=1
export CUTOUT_PORT; CUTOUT_PORT=$(free_port 18080)
export CUTOUT_RABBITMQ_UI_PORT; CUTOUT_RABBITMQ_UI_PORT=$(free_port 25672)
API="http://127.0.0.1:$CUTOUT_PORT"
say "compose project $PROJECT: gateway on $API, RabbitMQ UI on :$CUTOUT_RABBITMQ_UI_PORT"

# podman-compose 1.0.3 ignores depends_on conditions (and profiles), so start in stages, waiting
# for health the way docker compose would, and name the services (prometheus stays out).
compose up -d rabbitmq || die "podman-compose up rabbitmq failed (log: $WORK/compose.log)"
READY_RABBITMQ=$(await_healthy "$(container rabbitmq_1)" 120)
say "rabbitmq ready $(secs "$READY_RABBITMQ") s after its start"
compose up -d gateway worker || die "podman-compose up gateway worker failed (log: $WORK/compose.log)"
READY_GATEWAY=$(await_healthy "$(container gateway_1)" 180)
READY_WORKER1=$(await_healthy "$(container worker_1)" 240)
say "gateway ready $(secs "$READY_GATEWAY") s after its start (Quarkus: started in $(quarkus_started "$(container gateway_1)"))"
say "worker_1 ready $(secs "$READY_WORKER1") s after its start (Quarkus: started in $(quarkus_started "$(container worker_1)"))"
passed "rabbitmq, gateway and worker healthy"

T_JOB=$(now_ms)
JOB=$(submit "$PHOTO")
await_done "$JOB" 300
T_JOB=$(($(now_ms) - T_JOB))
check_png "$JOB" "$PHOTO" >&2
worker_did "$(container worker_1)" "$JOB" || die "worker_1 has no log line for job $JOB"
passed "$(basename "$PHOTO") in, RGBA PNG of its size out in $(secs "$T_JOB") s (job $JOB, first job of a fresh worker)"
RSS_AFTER_ONE=$(peak_rss_mb "$(container worker_1)")
say "worker_1 peak RSS after one job: $RSS_AFTER_ONE MB; podman stats:"
podman stats --no-stream --format '  {{.Name}} {{.MemUsage}}' $(podman ps -q --filter "label=io.podman.compose.project=$PROJECT") >&2 || true

# ---- 2. two workers, a job each --------------------------------------------------------------
export CUTOUT_WORKERS=2
compose up -d worker || die "podman-compose up (2 workers) failed (log: $WORK/compose.log)"
READY_WORKER2=$(await_healthy "$(container worker_2)" 240)
say "worker_2 ready $(secs "$READY_WORKER2") s after its start"
A=$(submit "$PHOTO"); B=$(submit "$PHOTO")
await_done "$A" 300; await_done "$B" 300
check_png "$B" "$PHOTO" >&2
W1=$(container worker_1); W2=$(container worker_2)
if worker_did "$W1" "$A" && worker_did "$W2" "$B"; then :
elif worker_did "$W1" "$B" && worker_did "$W2" "$A"; then :
else die "jobs $A and $B were not done one by each worker"
fi
passed "two jobs at once with two workers: one done by each (worker_1 and worker_2 log lines)"

# ---- 3. a worker killed with a job in flight -------------------------------------------------
JOB=$(submit "$PHOTO")
VICTIM=""; deadline=$((SECONDS + 60))
while [ -z "$VICTIM" ]; do
  for c in "$W1" "$W2"; do [ "$(in_flight "$c")" = 1.0 ] && VICTIM=$c && break; done
  [ "$SECONDS" -lt "$deadline" ] || die "no worker reported job $JOB in flight within 60 s"
  [ -n "$VICTIM" ] || sleep 0.2
done
SURVIVOR=$([ "$VICTIM" = "$W1" ] && echo "$W2" || echo "$W1")
say "job $JOB in flight on ${VICTIM#"$PROJECT"_} (status $(status_of "$JOB")): podman kill (SIGKILL)"
podman kill "$VICTIM" >/dev/null
T_RECOVER=$(now_ms)
await_done "$JOB" 300
T_RECOVER=$(($(now_ms) - T_RECOVER))
worker_did "$SURVIVOR" "$JOB" || die "job $JOB did not finish on ${SURVIVOR#"$PROJECT"_}"
check_png "$JOB" "$PHOTO" >&2
passed "killed ${VICTIM#"$PROJECT"_} mid-job; ${SURVIVOR#"$PROJECT"_} finished the job $(secs "$T_RECOVER") s after the kill"

# ---- 4. HEIC through libheif in the read-only containers -------------------------------------
if command -v heif-enc >/dev/null 2>&1 && command -v heif-info >/dev/null 2>&1; then
  heif-enc -q 60 -o "$WORK/photo.heic" "$PHOTO" >/dev/null 2>&1 || die "heif-enc failed"
  JOB=$(submit "$WORK/photo.heic")
  await_done "$JOB" 300
  check_png "$JOB" "$WORK/photo.heic" >&2
  passed "HEIC in, RGBA PNG of its size out (libheif in the gateway and worker images)"
else
  say "skipped: HEIC check (heif-enc/heif-info not installed: apt-get install libheif-examples)"
fi

# ---- numbers ----------------------------------------------------------------------------------
say "peak RSS (VmHWM): ${SURVIVOR#"$PROJECT"_} $(peak_rss_mb "$SURVIVOR") MB after its jobs, gateway $(peak_rss_mb "$(container gateway_1)") MB"
podman stats --no-stream --format '  {{.Name}} {{.MemUsage}}' $(podman ps -q --filter "label=io.podman.compose.project=$PROJECT") >&2 || true
cat >&2 <<EOF
test-containers: numbers (2 shared cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))
  images:   base $(size_mb "$BASE_IMAGE") MB, rabbitmq $(size_mb "$CUTOUT_RABBITMQ_IMAGE") MB, gateway $(size_mb "$CUTOUT_GATEWAY_IMAGE") MB, worker $(size_mb "$CUTOUT_WORKER_IMAGE") MB
  builds:   base images $(secs "$T_BASES") s (0 when cached), mvn package $(secs "$T_MVN") s, gateway image $(secs "$T_GW_BUILD") s, worker image $(secs "$T_WK_BUILD") s
  ready:    rabbitmq $(secs "$READY_RABBITMQ") s, gateway $(secs "$READY_GATEWAY") s, worker_1 $(secs "$READY_WORKER1") s, worker_2 $(secs "$READY_WORKER2") s (container start to health check passing)
  jobs:     first job $(secs "$T_JOB") s; after the kill, done $(secs "$T_RECOVER") s later on the other worker
  memory:   worker_1 peak RSS after its first job $RSS_AFTER_ONE MB
  whole test: $(secs $(($(now_ms) - T0))) s
EOF
say "$CHECKS passed, 0 failed"
