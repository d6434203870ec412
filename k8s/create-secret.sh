#!/usr/bin/env bash
# Creates (or replaces) the one Secret every Cutout pod and KEDA read: cutout-rabbitmq in namespace
# cutout, with a random password and Erlang cookie unless given. Usage:
#   k8s/create-secret.sh [--dry-run] [--user NAME] [--password PASSWORD] [--namespace NS]
# --dry-run prints the Secret instead of applying it. The password goes into an AMQP URI, so it is
# generated as hex (nothing to escape); a password of your own must be URL-safe.
set -euo pipefail
namespace=cutout user=cutout password="" dry_run=false
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true; shift ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --namespace) namespace=$2; shift 2 ;;
    *) echo "create-secret: unknown option $1" >&2; exit 2 ;;
  esac
done
random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
[ -n "$password" ] || password=$(random_hex 24)
case "$password" in *[!A-Za-z0-9._~-]*) echo "create-secret: the password must be URL-safe (A-Z a-z 0-9 . _ ~ -)" >&2; exit 2 ;; esac
cookie=$(random_hex 32)

secret=$(kubectl create secret generic cutout-rabbitmq --namespace "$namespace" --dry-run=client -o yaml \
  --from-literal=username="$user" \
  --from-literal=password="$password" \
  --from-literal=erlang-cookie="$cookie" \
  --from-literal=amqp-uri="amqp://$user:$password@cutout-rabbitmq.$namespace.svc:5672/%2f")
if $dry_run; then
  printf '%s\n' "$secret"
else
  kubectl get namespace "$namespace" >/dev/null 2>&1 || kubectl create namespace "$namespace"
  printf '%s\n' "$secret" | kubectl apply -f -
fi
