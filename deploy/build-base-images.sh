#!/usr/bin/env bash
# Builds the local base images that stand in for the public ones on a machine without a registry:
# Debian bookworm root filesystems made with mmdebstrap from Debian's packages, imported into podman.
#   localhost/cutout-jre:17-bookworm      openjdk-17-jre-headless + libheif1 (for eclipse-temurin:17-jre)
#   localhost/cutout-rabbitmq:3.10.8      Debian's rabbitmq-server 3.10.8 with the management plugin
#                                         (for rabbitmq:3-management; built from deploy/rabbitmq/Containerfile)
# An image that already exists is kept; --force builds it again.
# Usage: deploy/build-base-images.sh [--force]
set -euo pipefail

DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export CONTAINERS_CONF="${CONTAINERS_CONF:-$DEPLOY/containers.conf}"
readonly SUITE=bookworm
readonly JRE_IMAGE=localhost/cutout-jre:17-bookworm
readonly RABBITMQ_ROOTFS=localhost/cutout-debian-rabbitmq:3.10.8
readonly RABBITMQ_IMAGE=localhost/cutout-rabbitmq:3.10.8
FORCE=no
[ "${1:-}" = --force ] && FORCE=yes

say() { printf 'build-base-images: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

have_image() { [ "$FORCE" = no ] && podman image exists "$1"; }

# mmdebstrap <image> <packages>: a minimal apt-variant root filesystem, docs and locales left out
# (man1 must exist all the same: openjdk's postinst links its man page there and fails without it).
debian_rootfs() {
  local image=$1 packages=$2 tar start=$SECONDS
  tar=$(mktemp "${TMPDIR:-/tmp}/cutout-rootfs.XXXXXX.tar")
  say "mmdebstrap $SUITE with $packages -> $image"
  mmdebstrap --quiet --variant=apt --include="$packages" --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    "$SUITE" "$tar" || { rm -f "$tar"; die "mmdebstrap failed for $image"; }
  podman import --quiet --change 'CMD ["/bin/bash"]' "$tar" "$image" >/dev/null || { rm -f "$tar"; die "podman import failed"; }
  rm -f "$tar"
  say "$image ready in $((SECONDS - start)) s"
}

command -v mmdebstrap >/dev/null || die "mmdebstrap is required (apt-get install mmdebstrap)"
command -v podman >/dev/null || die "podman is required (apt-get install podman runc)"

# passwd for useradd in the app images; ca-certificates so a JVM can talk TLS when asked to.
have_image "$JRE_IMAGE" && say "$JRE_IMAGE exists (--force rebuilds it)" || \
  debian_rootfs "$JRE_IMAGE" openjdk-17-jre-headless,libheif1,passwd,ca-certificates

if have_image "$RABBITMQ_IMAGE"; then
  say "$RABBITMQ_IMAGE exists (--force rebuilds it)"
else
  have_image "$RABBITMQ_ROOTFS" || debian_rootfs "$RABBITMQ_ROOTFS" rabbitmq-server
  podman build --quiet --format docker --build-arg BASE="$RABBITMQ_ROOTFS" -t "$RABBITMQ_IMAGE" \
    -f "$DEPLOY/rabbitmq/Containerfile" "$DEPLOY/rabbitmq" >/dev/null || die "podman build of $RABBITMQ_IMAGE failed"
  say "$RABBITMQ_IMAGE ready"
fi
