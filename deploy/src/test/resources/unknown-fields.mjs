// The compiled validators check the type of every field a schema declares but, like the
// schemas they come from, let undeclared fields through. The API server does not: kubectl
// asks for strict field validation, so a misspelt field fails the apply. To find such fields
// the object is handed to the validator behind proxies that record which keys the validator
// looks up at each path. A key present in the object that the validator never looked up is
// not declared there. Objects whose keys the validator enumerates (maps such as labels or a
// ConfigMap's data) or in which it looks up nothing at all (free-form objects) are open.

function watch(value, path, seen) {
  if (value === null || typeof value !== "object") return value;
  const record = { value, looked: new Set(), listed: false };
  seen.set(path, record);
  const children = new Map();
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return child;
      record.looked.add(key);
      if (!Object.hasOwn(target, key) || child === null || typeof child !== "object") return child;
      if (!children.has(key)) children.set(key, watch(child, `${path}/${key}`, seen));
      return children.get(key);
    },
    has(target, key) {
      if (typeof key === "string") record.looked.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      record.listed = true;
      return Reflect.ownKeys(target);
    },
    // A hasOwnProperty check names one key; only ownKeys means the keys were enumerated.
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === "string") record.looked.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

// Runs validate(watched object) and returns [result, paths of undeclared fields].
export function validateWatched(object, validate) {
  const seen = new Map();
  const result = validate(watch(object, "", seen));
  const unknown = [];
  for (const [path, { value, looked, listed }] of seen) {
    if (Array.isArray(value) || listed || looked.size === 0) continue;
    for (const key of Object.keys(value)) {
      if (!looked.has(key)) unknown.push(`${path}/${key}`);
    }
  }
  return [result, unknown];
}
