/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-code-blocks.h"
#include "ethos-code-doc.h"

G_BEGIN_DECLS

/* For ethos-code-parser.c: builds a code's clauses, block by classified block, into its
 * document: sections from headings, numbered and lettered clauses under them with refs unique
 * within the code, paragraphs and bullets folded into the clause before them. */

typedef struct _EthosCodeAssembler EthosCodeAssembler;

EthosCodeAssembler *ethos_code_assembler_new (EthosCodeDoc *doc);
void                ethos_code_assembler_add (EthosCodeAssembler *self, EthosCodeBlock *block);
void                ethos_code_assembler_finish (EthosCodeAssembler *self);
void                ethos_code_assembler_free (EthosCodeAssembler *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosCodeAssembler, ethos_code_assembler_free)

G_END_DECLS
