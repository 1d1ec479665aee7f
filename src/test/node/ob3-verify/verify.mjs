// Verifies Open Badges 3.0 credentials the way independent wallets and verifiers do, offline:
// node verify.mjs SCHEMA.json CREDENTIAL.json...  prints one JSON line per credential:
// {"file": ..., "verified": bool, "schemaValid": bool, "errors": [...]}
import {readFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {securityLoader} from '@digitalcredentials/security-document-loader';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv2019({strict: false, allErrors: true});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const documentLoader = securityLoader({fetchRemoteContexts: false}).build();
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

for (const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const errors = [];
  let verified = false;
  try {
    const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus: async () => ({verified: true})});
    verified = result.verified === true;
    if (!verified) errors.push(JSON.stringify(result.error ?? result.results ?? result).slice(0, 800));
  } catch (e) {
    errors.push(String(e).slice(0, 800));
  }
  const schemaValid = validate(credential) === true;
  if (!schemaValid) errors.push(JSON.stringify(validate.errors).slice(0, 800));
  console.log(JSON.stringify({file, verified, schemaValid, errors}));
}
