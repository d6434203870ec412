// Validates rendered Kubernetes manifests (multi-document YAML, from files or stdin) offline:
//  1. each object against its schema: kubernetes-models for the Kubernetes API, @kubernetes-models/keda
//     for KEDA (types, required fields, enums, formats);
//  2. no unknown fields in Kubernetes objects (a misspelt key is silently dropped by those schemas
//     but refused by the API server's strict field validation): keys are checked against the
//     field lists of @kubernetes/client-node's generated models.
// Prints one line per problem and exits 1 if there is any, else prints "valid: N objects" and exits 0.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import * as clientModels from "@kubernetes/client-node";

const KEDA_GROUPS = new Set(["keda.sh", "eventing.keda.sh"]);

function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (KEDA_GROUPS.has(group)) return `@kubernetes-models/keda/${group}/${version}/${kind}`;
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

async function schemaProblems(object) {
  let model;
  try {
    model = (await import(modulePath(object.apiVersion, object.kind)))[object.kind];
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

// The client's model name for an object: V1Deployment, V2HorizontalPodAutoscaler, ...
function clientTypeName(apiVersion, kind) {
  const version = apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

function unknownFields(value, typeName, path, problems) {
  if (value === null || typeof value !== "object") return;
  const array = /^Array<(.+)>$/.exec(typeName);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => unknownFields(item, array[1], `${path}[${i}]`, problems));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(typeName);
  if (map) {
    for (const [key, item] of Object.entries(value)) unknownFields(item, map[1], `${path}.${key}`, problems);
    return;
  }
  const fields = clientModels[typeName]?.attributeTypeMap;
  if (!fields || Array.isArray(value)) return; // a primitive, IntOrString, a free-form object
  const byName = new Map(fields.map((field) => [field.baseName, field.type]));
  for (const [key, item] of Object.entries(value)) {
    if (!byName.has(key)) problems.push(`${path}.${key}: unknown field`);
    else unknownFields(item, byName.get(key), `${path}.${key}`, problems);
  }
}

async function problemsOf(object) {
  if (!object || typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    return ["not a Kubernetes object (apiVersion and kind missing)"];
  }
  const problems = await schemaProblems(object);
  const group = object.apiVersion.includes("/") ? object.apiVersion.split("/")[0] : "";
  if (!KEDA_GROUPS.has(group)) unknownFields(object, clientTypeName(object.apiVersion, object.kind), "", problems);
  return problems;
}

function readInputs(paths) {
  return paths.length === 0 ? [["stdin", readFileSync(0, "utf8")]] : paths.map((p) => [p, readFileSync(p, "utf8")]);
}

let objects = 0;
let failures = 0;
for (const [source, text] of readInputs(process.argv.slice(2))) {
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      console.log(`${source}: YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const object = document.toJS();
    if (object === null) continue;
    objects++;
    const name = `${object.kind ?? "?"}/${object.metadata?.name ?? "?"}`;
    for (const problem of await problemsOf(object)) {
      console.log(`${source}: ${name}: ${problem}`);
      failures++;
    }
  }
}
if (failures > 0) process.exit(1);
console.log(`valid: ${objects} objects`);
