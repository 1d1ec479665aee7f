// Signs forged variants of Open Badges 3.0 credentials with keys that are NOT Mesta's, using the Digital
// Credentials Consortium libraries (never Mesta's own signer), so tests can prove Mesta refuses each one.
// node forge.mjs JOBS.json  prints one JSON line per job: {"name": ..., "did": ..., "credential": {...}}
// A job: {"name", "credential" (without proof), "signWith" (a key name; each name is a fixed seeded key),
//         "issuerIs" (optional key name: issuer.id becomes that key's did:key), "proofPurpose" (optional)}
import {readFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import * as vc from '@digitalcredentials/vc';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {securityLoader} from '@digitalcredentials/security-document-loader';

const documentLoader = securityLoader({fetchRemoteContexts: false}).build();
const keys = new Map();

async function key(name) {
  if (!keys.has(name)) {
    const seed = new Uint8Array(createHash('sha256').update('mesta-forge-' + name).digest());
    const pair = await Ed25519Multikey.generate({seed});
    const did = 'did:key:' + pair.publicKeyMultibase;
    pair.id = did + '#' + pair.publicKeyMultibase;
    pair.controller = did;
    keys.set(name, {pair, did});
  }
  return keys.get(name);
}

/** A proof purpose that only names itself: what a key meant for logging in, not for issuing, would sign. */
function purposeNamed(term) {
  return {
    term,
    async update(proof) {
      proof.proofPurpose = term;
      return proof;
    },
    async match(proof) {
      return proof.proofPurpose === term;
    }
  };
}

for (const job of JSON.parse(readFileSync(process.argv[2], 'utf8'))) {
  const signer = await key(job.signWith);
  const credential = structuredClone(job.credential);
  delete credential.proof;
  if (job.issuerIs) {
    const did = (await key(job.issuerIs)).did;
    if (typeof credential.issuer === 'string') credential.issuer = did;
    else credential.issuer = {...credential.issuer, id: did};
  }
  const suite = new DataIntegrityProof({signer: signer.pair.signer(), cryptosuite: eddsaRdfc2022CryptoSuite});
  const options = {credential, suite, documentLoader};
  if (job.proofPurpose) options.purpose = purposeNamed(job.proofPurpose);
  const signed = await vc.issue(options);
  console.log(JSON.stringify({name: job.name, did: signer.did, credential: signed}));
}
