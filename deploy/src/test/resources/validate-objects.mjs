// Validates Kubernetes objects (a JSON array on the file named by argv[2]) against the
// schemas of their API group: Kubernetes, Prometheus Operator, Strimzi and CloudNativePG from
// the compiled validators of the kubernetes-models packages, the Keycloak Operator's from the
// project-kept keycloak-operator-v2alpha1.schema.json. Fields a schema does not declare are
// rejected as the API server's strict field validation does. Prints one JSON line per object:
// {index, kind, name, schema, status: "valid" | "invalid" | "no-schema", errors}.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv from "ajv";
import { validate as objectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";
import { validateWatched } from "./unknown-fields.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// The third-party packages do not export their schemas; they are loaded by file.
const packageSchema = (pkg, name) =>
  ({ schema: `${pkg} ${name}`, load: () => import(pathToFileURL(join(here, "node_modules", pkg, "_schemas", `${name}.js`)).href) });

const builtIn = { core: "Core", apps: "Apps", policy: "Policy", autoscaling: "Autoscaling",
  "networking.k8s.io": "Networking", batch: "Batch", "rbac.authorization.k8s.io": "Rbac" };

const keycloakSchemaFile = "keycloak-operator-v2alpha1.schema.json";
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(join(here, keycloakSchemaFile), "utf8")), keycloakSchemaFile);

// The project-kept schema leaves metadata to the Kubernetes ObjectMeta schema.
function keycloakValidator(kind) {
  const spec = ajv.getSchema(`${keycloakSchemaFile}#/definitions/${kind}`);
  if (!spec) return null;
  const validate = (data) => {
    const specValid = spec(data);
    const metaValid = objectMeta(data.metadata, { instancePath: "/metadata" });
    validate.errors = [...(spec.errors ?? []), ...(metaValid ? [] : objectMeta.errors)];
    return specValid && metaValid;
  };
  return validate;
}

function schemaFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["core", apiVersion];
  switch (group) {
    case "monitoring.coreos.com":
      return packageSchema("@kubernetes-models/prometheus-operator",
        `ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoring${cap(version)}${kind}`);
    case "kafka.strimzi.io":
      return packageSchema("@kubernetes-models/strimzi-kafka-operator", `KafkaStrimziIo${cap(version)}${kind}`);
    case "postgresql.cnpg.io":
      return packageSchema("@kubernetes-models/cloudnative-pg", `ComGithubCloudnativePgCloudnativePgApi${cap(version)}${kind}`);
    case "k8s.keycloak.org":
      return version === "v2alpha1"
        ? { schema: `${keycloakSchemaFile}#/definitions/${kind}`, load: async () => ({ validate: keycloakValidator(kind) }) }
        : null;
    default: {
      if (!(group in builtIn)) return null;
      const name = `IoK8sApi${builtIn[group]}${cap(version)}${kind}`;
      return { schema: `kubernetes-models ${name}`, load: () => import(`kubernetes-models/_schemas/${name}`) };
    }
  }
}

// An undeclared field reads the same whether a closed schema or the watch found it.
const describe = (e) => e.keyword === "additionalProperties"
  ? `${e.instancePath}/${e.params.additionalProperty} unknown field`
  : `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;

for (const [index, object] of objects.entries()) {
  const found = schemaFor(object.apiVersion, object.kind);
  const line = { index, kind: object.kind, name: object.metadata?.name, schema: found?.schema ?? null };
  let validate;
  try {
    validate = found && (await found.load()).validate;
  } catch (e) {
    line.errors = [String(e.message).split("\n")[0]];
  }
  if (!validate) {
    line.status = "no-schema";
  } else {
    const [valid, unknown] = validateWatched(object, validate);
    const errors = (valid ? [] : validate.errors).map(describe)
      .concat(unknown.map((path) => `${path} unknown field`));
    line.status = errors.length === 0 ? "valid" : "invalid";
    if (errors.length) line.errors = errors;
  }
  console.log(JSON.stringify(line));
}
