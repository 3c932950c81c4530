//! Deterministic randomness for the generator: a seeded xorshift64* generator and a stable
//! 64-bit FNV-1a hash, so the same seed gives the same site on every machine and Rust release.

/// A small, fast, deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator for one purpose: the corpus seed mixed with a label and a number, so each
    /// guide (or picture) draws its own stream and adding a guide changes no other guide.
    pub fn new(seed: u64, label: &str, n: u64) -> Rng {
        let mixed = hash(&format!("{seed}/{label}/{n}"));
        Rng(mixed | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of a non-empty list.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `count` different indices of `0..n`, in the order drawn (`count` ≤ `n`).
    pub fn distinct(&mut self, n: usize, count: usize) -> Vec<usize> {
        let mut all: Vec<usize> = (0..n).collect();
        for i in 0..count.min(n) {
            let j = i + self.below(n - i);
            all.swap(i, j);
        }
        all.truncate(count.min(n));
        all
    }
}

/// FNV-1a over the bytes of `text`: stable, unlike `std`'s `DefaultHasher`.
pub fn hash(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // FNV's low bits mix poorly on short keys; one xorshift round spreads them.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}
