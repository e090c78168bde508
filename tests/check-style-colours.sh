#!/bin/sh
# Ethos's styles colour things only through libadwaita's named colours (@accent_color,
# @error_color …), which follow the dark style and high contrast; a colour written out stays the
# same in both and can vanish against their backgrounds.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
# Comments aside, no #rgb, rgb()/rgba()/hsl(), or colour names.
found=$(sed -e 's|/\*.*\*/||g' ui/style.css \
  | grep -nEi '#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(|:[^;]*\b(white|black|red|green|blue|yellow|orange|gray|grey|purple|pink)\b' \
  || true)
if [ -n "$found" ]; then
  echo "ui/style.css writes colours out instead of naming them:"
  echo "$found"
  exit 1
fi
