export const id = 663;
export const ids = [663];
export const modules = {

/***/ 40663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SIGSTORE_AUDIENCE: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   SIGSTORE_BUNDLE_SUFFIX: () => (/* binding */ SIGSTORE_BUNDLE_SUFFIX),
/* harmony export */   SIGSTORE_PUBLIC_GOOD: () => (/* binding */ SIGSTORE_PUBLIC_GOOD),
/* harmony export */   githubIdToken: () => (/* binding */ githubIdToken),
/* harmony export */   signWithSigstore: () => (/* binding */ signWithSigstore),
/* harmony export */   verifySigstoreBundle: () => (/* binding */ verifySigstoreBundle)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84410);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15179);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54187);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _manifest_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34625);
/**
 * Keyless Sigstore signatures: for each artifact a `<artifact>.sigstore.json` bundle (Sigstore
 * bundle v0.3, a message signature over the artifact's SHA-256 digest) signed by an ephemeral
 * P-256 key that Fulcio certifies for the workflow's OIDC identity, logged in Rekor and, when a
 * timestamp authority is set, counter-signed by it. `cosign verify-blob --bundle`, `sigstore-python`
 * and `verifySigstoreBundle` below check such a bundle.
 *
 * The pieces come from `@sigstore/sign` (Fulcio, Rekor, TSA clients) and `@sigstore/bundle`; the
 * artifact itself is signed here, streamed, because the library's bundle builders want the whole
 * artifact in memory.
 */











/** The public-good Sigstore instance (sigstore.dev). */
const SIGSTORE_PUBLIC_GOOD = {
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
    tsaUrl: 'https://timestamp.sigstore.dev',
};
/** Suffix of the bundle written beside each artifact. */
const SIGSTORE_BUNDLE_SUFFIX = '.sigstore.json';
/** The audience Fulcio expects in the OIDC identity token. */
const SIGSTORE_AUDIENCE = 'sigstore';
const KEY = 'input: sigstore';
const PERMISSION_HINT = 'On GitHub Actions add `permissions: id-token: write` to the job (or workflow) so the runner can issue one; elsewhere pass a token (SIGSTORE_ID_TOKEN)';
/**
 * A Fulcio certificate lives 10 minutes; one younger than this is reused for the next artifact
 * (its Rekor entry and timestamp are made within seconds), an older one is replaced.
 */
const CERTIFICATE_REUSE_MS = 5 * 60 * 1000;
/** What an HTTP failure inside `@sigstore/sign` was about, for the message. */
const SERVICE = {
    CA_CREATE_SIGNING_CERTIFICATE_ERROR: 'fulcio',
    TLOG_CREATE_ENTRY_ERROR: 'rekor',
    TLOG_FETCH_ENTRY_ERROR: 'rekor',
    TSA_CREATE_TIMESTAMP_ERROR: 'tsa',
};
const SERVICE_NAME = { fulcio: 'Fulcio', rekor: 'Rekor', tsa: 'the timestamp authority' };
/** A DistroError about the identity token, with how to get one. */
function tokenError(why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: ${why}. ${PERMISSION_HINT}.`, {
        key: KEY,
        ...(cause === undefined ? {} : { cause }),
    });
}
/** Turns an error of `@sigstore/sign` into one DistroError naming the service and its URL. */
function sigstoreError(e, urls) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
        return e;
    if (e instanceof _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .InternalError */ .Gd) {
        if (e.cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
            return e.cause; // from identityToken, through FulcioSigner
        // the library's message quotes the token: leave it (and the cause) out
        if (e.code === 'IDENTITY_TOKEN_PARSE_ERROR')
            return tokenError("the OIDC identity token is not a JWT with a 'sub' claim");
        const service = SERVICE[e.code];
        if (service) {
            const cause = e.cause;
            const status = cause?.statusCode ? `HTTP ${cause.statusCode}: ` : '';
            return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: ${SERVICE_NAME[service]} at ${urls[service]} failed (${e.message}: ${status}${cause?.message ?? 'no response'}). ` +
                `Check that the URL is right and the service is up, then re-run.`, { key: KEY, cause: e });
        }
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: Sigstore signing failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)}`, { key: KEY, cause: e });
}
/** The identity token from the options, with the fix in the error when there is none. */
async function identityToken(o) {
    if (o.identityToken)
        return o.identityToken;
    if (!o.getToken)
        throw tokenError('keyless signing needs an OIDC identity token and none is available');
    let token;
    try {
        token = await o.getToken();
    }
    catch (e) {
        throw tokenError(`could not get an OIDC identity token (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    if (!token)
        throw tokenError('the OIDC identity token is empty');
    return token;
}
/**
 * A `getToken` for the GitHub runner's OIDC endpoint: `request` is ACTIONS_ID_TOKEN_REQUEST_URL and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN (set only when the job has `permissions: id-token: write`), passed
 * in by the caller; undefined when they are missing, which `signWithSigstore` reports.
 */
function githubIdToken(request, audience = SIGSTORE_AUDIENCE) {
    const { url, token } = request;
    if (!url || !token)
        return undefined;
    return async () => {
        const u = new URL(url);
        u.searchParams.set('audience', audience);
        const res = await fetch(u, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
        if (!res.ok)
            throw new Error(`the runner's token endpoint answered HTTP ${res.status}`);
        const body = (await res.json());
        if (typeof body.value !== 'string')
            throw new Error("the runner's token endpoint sent no 'value'");
        return body.value;
    };
}
/** An ephemeral P-256 key: the key holder Fulcio certifies, and the signer of the artifacts. */
class EphemeralKey {
    keys = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    publicKeyPem = this.keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    /** Signs bytes in memory (Fulcio's proof of possession over the token's subject). */
    async sign(data) {
        const s = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        s.update(data);
        return {
            signature: s.sign(this.keys.privateKey),
            key: { $case: 'publicKey', publicKey: this.publicKeyPem },
        };
    }
    /** SHA-256 digest and ECDSA signature of a file, in one streamed read. */
    async signFile(file) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha256');
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
            hash.update(chunk);
            signer.update(chunk);
        }
        return { digest: hash.digest(), signature: signer.sign(this.keys.privateKey) };
    }
}
/**
 * Signs each file keylessly and writes `<file>.sigstore.json` beside it. Returns the paths written,
 * in the order of `files`. Nothing is written unless every file was signed: the bundles are
 * written under temporary names and renamed at the end.
 */
async function signWithSigstore(files, o) {
    const urls = {
        fulcio: o.fulcioUrl || SIGSTORE_PUBLIC_GOOD.fulcioUrl,
        rekor: o.rekorUrl || SIGSTORE_PUBLIC_GOOD.rekorUrl,
        tsa: o.tsaUrl ?? SIGSTORE_PUBLIC_GOOD.tsaUrl,
    };
    const fetchOptions = { timeout: o.timeoutMs ?? 10_000, retry: 3 };
    // fail before reading any file when there is no token; the first certificate uses this one
    let firstToken = await identityToken(o);
    const nextToken = async () => {
        const token = firstToken ?? (await identityToken(o));
        firstToken = undefined;
        return token;
    };
    const key = new EphemeralKey();
    const fulcio = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .FulcioSigner */ .$o({
        identityProvider: { getToken: nextToken },
        keyHolder: key,
        fulcioBaseURL: urls.fulcio,
        ...fetchOptions,
    });
    const witnesses = [
        new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .RekorWitness */ .fU({ rekorBaseURL: urls.rekor, fetchOnConflict: true, ...fetchOptions }),
    ];
    if (urls.tsa)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_7__/* .TSAWitness */ .gs({ tsaBaseURL: urls.tsa, ...fetchOptions }));
    let certificate;
    const pending = [];
    try {
        for (const file of files) {
            const { digest, signature } = await key.signFile(file).catch((e) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(`${KEY}: cannot read ${file} to sign it (${e.code ?? e.message}).`, {
                    key: KEY,
                });
            });
            if (!certificate || Date.now() - certificate.at > CERTIFICATE_REUSE_MS) {
                // FulcioSigner proves possession of the key and returns its certificate; the signature
                // it also makes over its argument is not needed
                const issued = await fulcio.sign(Buffer.alloc(0));
                if (issued.key.$case !== 'x509Certificate')
                    throw new Error('Fulcio returned no certificate');
                certificate = { pem: issued.key.certificate, at: Date.now() };
            }
            const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.toMessageSignatureBundle)({
                digest,
                signature,
                certificate: Buffer.from(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certificate.pem).raw),
                certificateChain: false,
            });
            const material = await Promise.all(witnesses.map((w) => w.testify(bundle.content, certificate.pem)));
            bundle.verificationMaterial.tlogEntries = material.flatMap((m) => m.tlogEntries ?? []);
            bundle.verificationMaterial.timestampVerificationData = {
                rfc3161Timestamps: material.flatMap((m) => m.rfc3161Timestamps ?? []),
            };
            pending.push({ out: file + SIGSTORE_BUNDLE_SUFFIX, json: JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.bundleToJSON)(bundle)) });
        }
    }
    catch (e) {
        throw sigstoreError(e, urls);
    }
    await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAllAtomic */ .E0)(pending.map((p) => [p.out, p.json]));
    return pending.map((p) => p.out);
}
/** DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * A message signature checked against a file without holding it in memory: the digest and the
 * signature under the certificate's key are computed in one streamed read before the verifier
 * asks, and it only ever asks with that key.
 */
async function streamedSignatureContent(file, bundle, entity) {
    if (bundle.content.$case !== 'messageSignature' || entity.key.$case !== 'certificate')
        return entity.signature;
    const expected = Buffer.from(bundle.content.messageSignature.messageDigest.digest);
    const signature = Buffer.from(bundle.content.messageSignature.signature);
    const certKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: entity.key.certificate.publicKey, format: 'der', type: 'spki' });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const verify = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        hash.update(chunk);
        verify.update(chunk);
    }
    const digest = hash.digest();
    const valid = digest.equals(expected) && verify.verify(certKey, signature);
    return {
        signature,
        compareSignature: (s) => s.equals(signature),
        compareDigest: (d) => d.equals(expected) && d.equals(digest),
        compareSignedDigest: (d) => d.equals(expected) && d.equals(digest),
        verifySignature: (k) => valid && k.equals(certKey),
    };
}
/**
 * Verifies a Sigstore bundle for `file` against a trusted root and an expected identity: the
 * certificate chains to the root's CA, the transparency-log entry and timestamps check out, the
 * signer is `identity`, and the signature covers `file` — for a message signature its bytes
 * (streamed), for an attestation (DSSE) an in-toto statement that names `file`'s SHA-256 as a
 * subject. Throws one DistroError saying what failed.
 */
async function verifySigstoreBundle(file, bundlePath, o) {
    const fail = (why, cause) => {
        const message = `${bundlePath}: the Sigstore bundle does not verify ${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}: ${why}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt(message, { file: bundlePath, cause });
    };
    let bundle;
    let root;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_5__.bundleFromJSON)(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(bundlePath, 'utf8')));
        const rootJson = typeof o.trustedRoot === 'string' ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(o.trustedRoot, 'utf8')) : o.trustedRoot;
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_6__.TrustedRoot.fromJSON(rootJson);
    }
    catch (e) {
        return fail(`it or the trusted root cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .toSignedEntity */ .DC)(bundle);
    let statement;
    try {
        if (bundle.content.$case === 'dsseEnvelope') {
            const { payloadType, payload } = bundle.content.dsseEnvelope;
            if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
                return fail(`it signs a ${payloadType}, not an in-toto statement`);
            statement = JSON.parse(Buffer.from(payload).toString('utf8'));
            const { sha256 } = await (0,_manifest_index_js__WEBPACK_IMPORTED_MODULE_10__/* .hashFile */ .DC)(file);
            if (!statement.subject?.some((s) => s.digest?.sha256 === sha256))
                return fail(`its in-toto statement has no subject with the file's sha256 ${sha256}`);
        }
        else {
            entity.signature = await streamedSignatureContent(file, bundle, entity);
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DistroError */ .Yt)
            throw e;
        return fail(`cannot read the file or the statement (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)})`, e);
    }
    try {
        const signer = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_8__/* .toTrustMaterial */ .jO)(root)).verify(entity, {
            subjectAlternativeName: o.identity.subjectAlternativeName,
            extensions: { issuer: o.identity.issuer },
        });
        return {
            subjectAlternativeName: signer.identity?.subjectAlternativeName,
            issuer: signer.identity?.extensions?.issuer,
            ...(statement ? { statement } : {}),
        };
    }
    catch (e) {
        const code = e.code;
        return fail(`${code ? `${code}: ` : ''}${(0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(e)}`, e);
    }
}


/***/ })

};
