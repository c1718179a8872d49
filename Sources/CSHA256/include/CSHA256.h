#ifndef TALLY_CSHA256_H
#define TALLY_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants of FIPS 180-4 (also used by TallyCore's Swift rounds).
const uint32_t *tally_sha256_round_constants(void);

/// Nonzero when this CPU has the x86 SHA extensions (and the SSE4.1 the kernel also uses).
int tally_sha256_hardware_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks of `data`, updating the
/// eight state words in place. Call only when `tally_sha256_hardware_available()` is nonzero.
void tally_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
