/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the privacy scanner only: the detector of dates of birth. */

#include "ethos-privacy-scanner.h"

G_BEGIN_DECLS

/* Tried at the start of a number (@at_digit) or a word; any date found moves
 * @s->last_date_end, and is added only if a birth cue comes shortly before it. */
void ethos_scanner_try_date (EthosScanner *s, gsize i, gboolean at_digit);

G_END_DECLS
