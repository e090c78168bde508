/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The bounds Ethos holds input to, named once: the editor, the CLI and the record's own check
 * all use these, so that they refuse the same things. */

/* People in a supervision group, the practitioner included: a group is at least two, and a
 * hundred is already a lecture, not a group. */
#define ETHOS_GROUP_SIZE_MIN 2
#define ETHOS_GROUP_SIZE_MAX 100
