// Checks Open Badges 3.0 credentials' revocation the way independent verifiers do, offline:
// node check.mjs STATUS_LIST.json CREDENTIAL.json...  prints one JSON line per credential:
// {"file": ..., "proofVerified": bool, "statusChecked": bool, "revoked": bool, "errors": [...]}
// The status list credential is served to the libraries from the file at the URL its "id" names; nothing is fetched.
import {readFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';
import {checkStatus} from '@digitalcredentials/vc-bitstring-status-list';
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import {securityLoader} from '@digitalcredentials/security-document-loader';

const [listFile, ...files] = process.argv.slice(2);
const list = JSON.parse(readFileSync(listFile, 'utf8'));
const loader = securityLoader({fetchRemoteContexts: false});
loader.addStatic(list.id, list);
const documentLoader = loader.build();
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

for (const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const errors = [];
  let proofVerified = false;
  let statusChecked = false;
  let revoked = false;
  try {
    const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
    proofVerified = result.results?.[0]?.verified === true;
    const status = result.statusResult ?? {};
    if (status.error) errors.push(String(status.error.message ?? status.error).slice(0, 800));
    statusChecked = !status.error && Array.isArray(status.results);
    revoked = statusChecked && status.verified === false;
    if (!result.verified && !revoked) errors.push(JSON.stringify(result.error ?? result).slice(0, 800));
  } catch (e) {
    errors.push(String(e).slice(0, 800));
  }
  console.log(JSON.stringify({file, proofVerified, statusChecked, revoked, errors}));
}
