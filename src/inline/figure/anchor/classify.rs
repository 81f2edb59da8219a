//! Bytes classified eight at a time: which are ASCII letters, digits, or lead bytes of
//! multi-byte characters, one bit per byte for a block of 64.

pub(super) const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// One bit per byte (bit `j` for byte `j`) from the top bit of each byte of `m`.
const fn gather(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The top bit of each byte of the result is set where that byte of `x` (little-endian) is an
/// ASCII letter.
const fn letters(x: u64) -> u64 {
    // Fold case, and clear each byte's top bit so that the sums below carry into no neighbour;
    // bytes that had it set are not ASCII and are masked out at the end.
    let f = (x | (0x20 * ONES)) & LOW7;
    let ge_a = f.wrapping_add((0x80 - b'a' as u64) * ONES);
    let gt_z = f.wrapping_add((0x80 - b'z' as u64 - 1) * ONES);
    ge_a & !gt_z & !x & HIGH
}

/// The top bit of each byte of the result is set where that byte of `x` is an ASCII digit.
const fn digits(x: u64) -> u64 {
    let y = x & LOW7;
    let ge_0 = y.wrapping_add((0x80 - b'0' as u64) * ONES);
    let gt_9 = y.wrapping_add((0x80 - b'9' as u64 - 1) * ONES);
    ge_0 & !gt_9 & !x & HIGH
}

/// The top bit of each byte of the result is set where that byte of `x` is the lead byte of a
/// multi-byte character (which may start a vulgar fraction).
const fn leads(x: u64) -> u64 {
    x & (x << 1) & HIGH
}

/// Eight bytes as a little-endian word, zero past the end of `c`.
fn word(c: &[u8]) -> u64 {
    if let Ok(a) = <[u8; 8]>::try_from(c) {
        return u64::from_le_bytes(a);
    }
    let mut a = [0u8; 8];
    for (d, s) in a.iter_mut().zip(c) {
        *d = *s;
    }
    u64::from_le_bytes(a)
}

/// The 64 bytes at `o`, one bit per byte: which are letters, which digits, and which lead
/// bytes. Zero past the end of the text.
pub(super) fn block(b: &[u8], o: usize) -> [u64; 3] {
    let (mut l, mut d, mut p) = (0u64, 0u64, 0u64);
    let mut add = |k: usize, x: u64| {
        l |= gather(letters(x)) << (8 * k);
        d |= gather(digits(x)) << (8 * k);
        p |= gather(leads(x)) << (8 * k);
    };
    match b.get(o..o + 64) {
        Some(full) => full
            .chunks_exact(8)
            .enumerate()
            .for_each(|(k, c)| add(k, word(c))),
        None => b
            .get(o..)
            .unwrap_or_default()
            .chunks(8)
            .enumerate()
            .for_each(|(k, c)| add(k, word(c))),
    }
    [l, d, p]
}
