// The npm `fernet` package (0.4, CommonJS, untyped): only what test/fernet.test.ts uses.
declare module 'fernet' {
  interface Secret {
    readonly signingKeyHex: string;
    readonly encryptionKeyHex: string;
  }
  interface TokenOptions {
    secret: Secret;
    token?: string;
    /** Seconds; 0 turns the age and clock-skew checks off (default 60). */
    ttl?: number;
    /** Read with Date.parse; it must fall on a whole second, or the timestamp written is garbage. */
    time?: string;
    /** Only its indices are read (`for...in`): any 16-entry array yields the IV 00 01 ... 0f. */
    iv?: readonly number[];
  }
  interface Token {
    encode(message: string): string;
    decode(token?: string): string;
  }
  const fernet: {
    Secret: new (secret64: string) => Secret;
    Token: new (options: TokenOptions) => Token;
  };
  export default fernet;
}
