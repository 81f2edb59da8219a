//! Read-only word tables built at compile time: open addressing over FNV-1a hashes, so that a
//! look-up costs one hash of the word and a comparison or two, where a `match` over a hundred
//! strings compares them one after another. Most words looked up are in no table: a word
//! whose length or first byte no entry has is turned away before it is hashed.

/// FNV-1a, 64 bits.
const fn hash(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const EMPTY: u16 = u16::MAX;

/// A map from words to values; `N`, a power of two, is the number of slots (more than the
/// entries). A word listed twice is a compile-time error.
pub(super) struct Table<V: 'static, const N: usize> {
    entries: &'static [(&'static str, V)],
    slots: [u16; N],
    /// A bit for each length some entry has (lengths of 63 bytes or more share bit 63).
    lengths: u64,
    /// A bit for each byte some entry starts with.
    firsts: [u64; 4],
}

/// The [`Table::lengths`] bit of a length.
const fn length_bit(len: usize) -> u64 {
    1 << if len < 63 { len } else { 63 }
}

impl<V: Copy + 'static, const N: usize> Table<V, N> {
    pub(super) const fn new(entries: &'static [(&'static str, V)]) -> Self {
        assert!(N.is_power_of_two() && entries.len() < N && N < EMPTY as usize);
        let mut slots = [EMPTY; N];
        let mut lengths = 0u64;
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < entries.len() {
            let key = entries[i].0.as_bytes();
            lengths |= length_bit(key.len());
            if !key.is_empty() {
                firsts[(key[0] >> 6) as usize] |= 1 << (key[0] & 63);
            }
            let mut s = (hash(key) as usize) & (N - 1);
            while slots[s] != EMPTY {
                assert!(
                    !same(entries[slots[s] as usize].0.as_bytes(), key),
                    "a word is listed twice"
                );
                s = (s + 1) & (N - 1);
            }
            slots[s] = i as u16;
            i += 1;
        }
        Table {
            entries,
            slots,
            lengths,
            firsts,
        }
    }

    /// The value of `key`, compared as written.
    pub(super) fn get(&self, key: &str) -> Option<V> {
        if self.lengths & length_bit(key.len()) == 0 {
            return None;
        }
        // (The empty key has no first byte: it goes on to the hash, as a listed "" would.)
        if let Some(&c) = key.as_bytes().first() {
            let set = self.firsts.get(usize::from(c >> 6)).copied().unwrap_or(0);
            if set & (1 << (c & 63)) == 0 {
                return None;
            }
        }
        let mut s = (hash(key.as_bytes()) as usize) & (N - 1);
        loop {
            let idx = *self.slots.get(s)?;
            let (k, v) = self.entries.get(usize::from(idx))?;
            if *k == key {
                return Some(*v);
            }
            s = (s + 1) & (N - 1);
        }
    }

    /// Whether `key` is in the table.
    pub(super) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Every entry, in the order listed.
    #[cfg(test)]
    pub(super) fn entries(&self) -> &'static [(&'static str, V)] {
        self.entries
    }
}
