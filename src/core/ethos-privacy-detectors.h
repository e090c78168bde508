/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the privacy scanner only: the detectors of fixed-shape details. */

#include "ethos-privacy-scanner.h"

G_BEGIN_DECLS

/* Each is tried where a match could start (@i, or the '@' of an address) and adds what it
 * finds to @s. */
void ethos_scanner_try_nhs (EthosScanner *s, gsize i);
void ethos_scanner_try_phone (EthosScanner *s, gsize i);
void ethos_scanner_try_postcode (EthosScanner *s, gsize i);
void ethos_scanner_try_email (EthosScanner *s, gsize at);

G_END_DECLS
