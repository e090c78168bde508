/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ETHOS_CODE_BLOCK_HEADING,
  ETHOS_CODE_BLOCK_NUMBERED,
  ETHOS_CODE_BLOCK_LETTERED,
  ETHOS_CODE_BLOCK_BULLET,
  ETHOS_CODE_BLOCK_PARAGRAPH,
} EthosCodeBlockKind;

/* One block of a code's text, classified: what the parser builds clauses from. */
typedef struct
{
  EthosCodeBlockKind kind;
  guint              indent;
  guint              heading_level; /* 0: a plain-text title line, placed by the parser */
  char              *marker;        /* "1.2", "a", "iv" */
  char              *text;
  char              *attr_slug;     /* from a heading's {#slug} */
  char              *attr_prefix;   /* from a heading's {prefix=P} */
} EthosCodeBlock;

GPtrArray *ethos_code_blocks_split (char      *body,
                                    gboolean  *markdown_headings,
                                    GArray    *single_line,
                                    GError   **error);
void       ethos_code_block_classify (const char     *raw,
                                      gboolean        markdown_headings,
                                      gboolean        single_line,
                                      EthosCodeBlock *block);
void       ethos_code_block_clear (EthosCodeBlock *block);
gboolean   ethos_code_block_starts (const char *line);
gboolean   ethos_code_text_looks_like_title (const char *text);
gboolean   ethos_code_text_looks_like_title_line (const char *line);
char      *ethos_code_part_heading_slug (const char *text);
char      *ethos_code_slugify (const char *text);

G_END_DECLS
