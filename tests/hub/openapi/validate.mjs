// Validates OpenAPI 3.1 documents (ctest openapi_valid and openapi_catches_errors).
//
//   node validate.mjs FILE...                   exit 0 when every file is valid
//   node validate.mjs --expect-invalid FILE...  exit 0 when every file is invalid for the
//                                               reason its "x-broken-expect" names
//
// A document is valid when it is strict JSON, when @seriousme/openapi-schema-validator
// accepts it (the OpenAPI 3.1 schema, and every internal $ref resolves), and when these
// checks that the OpenAPI schema leaves out pass:
//   - every Schema Object is a valid JSON Schema 2020-12 schema that Ajv compiles in strict
//     mode (the OpenAPI schema only asks for an object there, so a typo such as
//     "type": "strin" or "maxLenght" would pass it);
//   - each operation declares exactly the path parameters of its path's template, each
//     required;
//   - operationIds are unique.
// The packages come from vendor/, as package-lock.json pins them; see install.mjs.

import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule.default ?? addFormatsModule;
const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const schemasUri = "urn:shopdesk:openapi-schemas";

function pointer(parts) {
    return "#/" + parts.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

// Follows a local $ref ("#/components/...") to what it names; undefined when it names nothing.
function deref(doc, value) {
    let seen = 0;
    while (value && typeof value === "object" && typeof value.$ref === "string" && seen++ < 20) {
        if (!value.$ref.startsWith("#/"))
            return undefined;
        value = value.$ref
            .slice(2)
            .split("/")
            .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
            .reduce((at, key) => (at && typeof at === "object" ? at[key] : undefined), doc);
    }
    return value;
}

// Every Schema Object of the document with where it is: components.schemas and the schemas of
// parameters, headers and media types, wherever those are.
function schemaObjects(doc) {
    const found = [];
    const walk = (node, path) => {
        if (!node || typeof node !== "object")
            return;
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, [...path, i]));
            return;
        }
        for (const [key, value] of Object.entries(node)) {
            const at = [...path, key];
            if (key === "schemas" && path.length === 1 && path[0] === "components") {
                for (const [name, schema] of Object.entries(value ?? {}))
                    found.push({ where: pointer([...at, name]), schema, component: name });
            } else if (key === "schema" && value && typeof value === "object") {
                found.push({ where: pointer(at), schema: value });
            } else if (key !== "example" && key !== "examples") {
                walk(value, at);
            }
        }
    };
    walk(doc, []);
    return found;
}

// The document's schemas as JSON Schema: refs to components.schemas point into one schema
// resource of $defs, so that each can be compiled by itself.
function asJsonSchema(schema) {
    return JSON.parse(JSON.stringify(schema), (key, value) =>
        key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")
            ? schemasUri + "#/$defs/" + value.slice("#/components/schemas/".length)
            : value);
}

function checkSchemas(doc) {
    const errors = [];
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
    addFormats(ajv);
    // strictRequired would refuse anyOf: [{required: [a]}, {required: [b]}], "a or b".
    // The OpenAPI 3.1 dialect's own keywords (annotations for a validator).
    ajv.addVocabulary(["discriminator", "xml", "externalDocs", "example"]);
    const schemas = schemaObjects(doc);
    const defs = {};
    for (const s of schemas) {
        if (s.component)
            defs[s.component] = asJsonSchema(s.schema);
    }
    try {
        ajv.addSchema({ $id: schemasUri, $defs: defs });
    } catch (e) {
        return [`components/schemas: ${e.message}`];
    }
    if (!ajv.validateSchema(ajv.getSchema(schemasUri).schema)) {
        for (const e of ajv.errors)
            errors.push(`#/components/schemas${e.instancePath.replace(/^\/\$defs/, "")}: ${e.message}`);
        return errors;
    }
    for (const s of schemas) {
        try {
            if (s.component)
                ajv.getSchema(`${schemasUri}#/$defs/${s.component}`);
            else
                ajv.compile(asJsonSchema(s.schema));
        } catch (e) {
            errors.push(`${s.where}: ${e.message}`);
        }
    }
    return errors;
}

function checkOperations(doc) {
    const errors = [];
    const operationIds = new Map();
    for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
        const item = deref(doc, rawItem) ?? {};
        const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        for (const method of methods) {
            const operation = item[method];
            if (!operation)
                continue;
            const where = `${method.toUpperCase()} ${path}`;
            if (operation.operationId) {
                if (operationIds.has(operation.operationId))
                    errors.push(`${where}: operationId ${operation.operationId} is also ${operationIds.get(operation.operationId)}'s`);
                operationIds.set(operation.operationId, where);
            }
            // Operation parameters override path-level ones of the same name and location.
            const parameters = new Map();
            for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
                const p = deref(doc, raw);
                if (p)
                    parameters.set(`${p.in}:${p.name}`, p);
            }
            const declared = [...parameters.values()].filter((p) => p.in === "path");
            for (const name of template) {
                const p = declared.find((d) => d.name === name);
                if (!p)
                    errors.push(`${where}: path parameter {${name}} is not declared`);
                else if (p.required !== true)
                    errors.push(`${where}: path parameter {${name}} must be required`);
            }
            for (const p of declared) {
                if (!template.includes(p.name))
                    errors.push(`${where}: path parameter ${p.name} is not in the path`);
            }
        }
    }
    return errors;
}

// The problems of one file; empty when it is valid.
async function problems(file) {
    let doc;
    try {
        doc = JSON.parse(readFileSync(file, "utf-8"));
    } catch (e) {
        return { doc: undefined, errors: [`not JSON: ${e.message}`] };
    }
    const validator = new Validator();
    const result = await validator.validate(file);
    if (!result.valid) {
        const errors = Array.isArray(result.errors)
            ? result.errors.map((e) => `${e.instancePath || "/"}: ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`)
            : [String(result.errors)];
        return { doc, errors };
    }
    if (validator.version !== "3.1")
        return { doc, errors: [`expected OpenAPI 3.1, got ${validator.specificationVersion}`] };
    return { doc, errors: [...checkSchemas(doc), ...checkOperations(doc)] };
}

const args = process.argv.slice(2);
const expectInvalid = args[0] === "--expect-invalid";
const files = expectInvalid ? args.slice(1) : args;
if (files.length === 0) {
    console.error("usage: node validate.mjs [--expect-invalid] FILE...");
    process.exit(2);
}
let failed = 0;
for (const file of files) {
    const { doc, errors } = await problems(file);
    if (!expectInvalid) {
        if (errors.length === 0) {
            console.log(`${file}: valid OpenAPI ${doc.openapi}`);
        } else {
            ++failed;
            console.error(`${file}: ${errors.length} error(s)`);
            for (const e of errors)
                console.error(`  ${e}`);
        }
        continue;
    }
    const expected = doc?.["x-broken-expect"];
    if (errors.length === 0) {
        ++failed;
        console.error(`${file}: accepted, but expected to be invalid${doc?.["x-broken"] ? ": " + doc["x-broken"] : ""}`);
    } else if (expected && !errors.some((e) => e.includes(expected))) {
        ++failed;
        console.error(`${file}: refused, but not for "${expected}":`);
        for (const e of errors)
            console.error(`  ${e}`);
    } else {
        console.log(`${file}: refused as expected: ${errors[0]}`);
    }
}
process.exit(failed === 0 ? 0 : 1);
