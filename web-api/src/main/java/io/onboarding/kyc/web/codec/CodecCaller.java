package io.onboarding.kyc.web.codec;

/**
 * Who is using the codec endpoint, as the log names them.
 *
 * @param name an engineer's name from {@code kyc.codec.engineer-tokens}, or {@code loopback} for a caller
 *             let in by {@link LoopbackTrust}
 */
record CodecCaller(String name) {

    static final CodecCaller LOOPBACK = new CodecCaller("loopback");

    /** The request attribute the caller travels in from {@link CodecGuard} to {@link CodecController}. */
    static final String ATTRIBUTE = "kyc.codec.caller";
}
