// Validates Kubernetes objects (a JSON array on the file named by argv[2]) against the
// OpenAPI schemas compiled into the kubernetes-models packages. Prints one JSON line per
// object: {index, kind, status: "valid" | "invalid" | "no-schema", errors}.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const objects = JSON.parse(readFileSync(process.argv[2], "utf8"));

function schemaModule(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["core", apiVersion];
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  if (group === "monitoring.coreos.com") {
    // The package does not export its schemas; they are loaded by file.
    return pathToFileURL(join(here, "node_modules/@kubernetes-models/prometheus-operator/_schemas",
      `ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoring${cap(version)}${kind}.js`)).href;
  }
  const builtIn = { core: "Core", apps: "Apps", policy: "Policy", autoscaling: "Autoscaling",
    "networking.k8s.io": "Networking", "batch": "Batch", "rbac.authorization.k8s.io": "Rbac" };
  if (!(group in builtIn)) return null;
  return `kubernetes-models/_schemas/IoK8sApi${builtIn[group]}${cap(version)}${kind}`;
}

for (const [index, object] of objects.entries()) {
  const name = schemaModule(object.apiVersion, object.kind);
  let line = { index, kind: object.kind, name: object.metadata?.name };
  if (name === null) {
    line.status = "no-schema";
  } else {
    let validate;
    try {
      ({ validate } = await import(name));
    } catch (e) {
      line.status = "no-schema";
      line.errors = [String(e.message).split("\n")[0]];
      console.log(JSON.stringify(line));
      continue;
    }
    const ok = validate(object);
    line.status = ok ? "valid" : "invalid";
    if (!ok) line.errors = validate.errors.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
  }
  console.log(JSON.stringify(line));
}
