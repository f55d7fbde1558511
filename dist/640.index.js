export const id = 640;
export const ids = [640];
export const modules = {

/***/ 1640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fernetDecrypt: () => (/* binding */ fernetDecrypt),
/* harmony export */   fernetEncrypt: () => (/* binding */ fernetEncrypt),
/* harmony export */   parseFernetKey: () => (/* binding */ parseFernetKey)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Fernet tokens (https://github.com/fernet/spec, Spec.md), byte-compatible with Python's
 * `cryptography.fernet`, on node:crypto alone: AES-128-CBC with PKCS7, then HMAC-SHA256.
 */


const VERSION = 0x80;
const HEADER = 1 + 8 + 16; // version, timestamp, IV
const MAC = 32;
// Buffer.from skips characters outside the alphabet; the round trip makes decoding strict.
function fromBase64url(text) {
    const bytes = Buffer.from(text, 'base64url');
    return bytes.toString('base64url') === text.replace(/=+$/, '') ? bytes : undefined;
}
/**
 * Parses a Fernet key: url-safe base64, padded or not, of 32 bytes (as `Fernet.generate_key()`
 * makes); surrounding whitespace is ignored. Throws an Error, which never contains the key, if
 * it is not one.
 */
function parseFernetKey(key) {
    const bytes = fromBase64url(key.trim());
    if (bytes?.length !== 32)
        throw new Error('Fernet: the key must be url-safe base64 of 32 bytes');
    return { signing: (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createSecretKey)(bytes.subarray(0, 16)), encryption: (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createSecretKey)(bytes.subarray(16)) };
}
/**
 * Encrypts `plaintext` (as UTF-8) into a Fernet token: url-safe base64 with '=' padding, as Python
 * emits. `options.now` (unix seconds, a whole number; default the current time) and `options.iv`
 * (16 bytes; default random) exist for test vectors. Throws a RangeError for a `now` that is
 * fractional or negative, and a TypeError for an IV that is not 16 bytes.
 */
function fernetEncrypt(key, plaintext, options = {}) {
    const time = Buffer.alloc(8);
    time.writeBigUInt64BE(BigInt(options.now ?? Math.floor(Date.now() / 1000)));
    const iv = options.iv ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createCipheriv)('aes-128-cbc', key.encryption, iv);
    const body = Buffer.concat([Buffer.of(VERSION), time, iv, cipher.update(plaintext, 'utf8'), cipher.final()]);
    const token = Buffer.concat([body, (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHmac)('sha256', key.signing).update(body).digest()]);
    return token.toString('base64').replaceAll('+', '-').replaceAll('/', '_');
}
/**
 * Decrypts a Fernet token (padded or not) made with `key` and returns its UTF-8 plaintext. No TTL:
 * a token of any age, or from a clock ahead of ours, opens, as Python's `decrypt(token)` without
 * `ttl` does (the npm `fernet` package instead rejects tokens older than 60 s unless `ttl: 0`).
 * Throws an Error, which never contains the token or the key, if the token is malformed, was not
 * made with this key or was altered, or does not hold UTF-8.
 */
function fernetDecrypt(key, token) {
    const bytes = fromBase64url(token.trim());
    const size = (bytes?.length ?? 0) - HEADER - MAC;
    if (!bytes || size < 16 || size % 16 !== 0 || bytes[0] !== VERSION)
        throw new Error('Fernet: the token is malformed (not a version 0x80 Fernet token)');
    const body = bytes.subarray(0, -MAC);
    // The MAC is checked before any decryption so that no padding oracle is ever exposed.
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.timingSafeEqual)((0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHmac)('sha256', key.signing).update(body).digest(), bytes.subarray(-MAC)))
        throw new Error('Fernet: the token is not valid for this key (wrong key, or altered)');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createDecipheriv)('aes-128-cbc', key.encryption, body.subarray(9, HEADER));
    let plain;
    try {
        plain = Buffer.concat([decipher.update(body.subarray(HEADER)), decipher.final()]);
    }
    catch {
        throw new Error('Fernet: the token is signed by this key but its padding is invalid');
    }
    // toString would swap invalid bytes for U+FFFD and hand back a silently corrupted secret.
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(plain))
        throw new Error('Fernet: the token does not hold UTF-8 text');
    return plain.toString('utf8');
}


/***/ })

};
