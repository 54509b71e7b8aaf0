# SPDX-License-Identifier: GPL-3.0-or-later
# Bash completion of attnscope: commands, each command's flags, and the values a flag lists
# (--mechanism, --view, --format, --lang, ...). Everything is read from the program's own help
# texts (attnscope --help, attnscope help COMMAND), once per shell, so that it never goes stale.
# Installed to share/bash-completion/completions/attnscope.

# The help text of $2 ("" for the window's, "bench --ui" for a mode), of program $1, cached.
_attnscope_help()
{
    local key=${2:-window}
    key=_attnscope_cache_${key//[^A-Za-z0-9]/_}
    if [[ -z ${!key+set} ]]; then
        local text
        if [[ -z $2 ]]; then
            text=$("$1" --help 2>/dev/null)
        else
            # shellcheck disable=SC2086 # a command and its mode are separate words
            text=$(QT_QPA_PLATFORM=offscreen "$1" $2 --help 2>/dev/null)
        fi
        printf -v "$key" '%s' "$text"
    fi
    printf '%s\n' "${!key}"
}

# "flag kind" lines from a help text: kind is - (no value) or the value's name (FILE, DIR,
# M, ...), from the option lines and from the usage lines.
_attnscope_flags()
{
    awk '
    function add(flag, kind) { if (!(flag in seen) || seen[flag] == "-") seen[flag] = kind }
    /^Usage:/ { usage = 1 }
    usage && !/^Usage:/ && !/^ / { usage = 0 }
    usage {
        line = $0
        while (match(line, /--[a-z][a-z0-9-]*( [A-Za-z0-9_.|]+)?/)) {
            word = substr(line, RSTART, RLENGTH)
            flag = word; sub(/ .*/, "", flag)
            kind = (word ~ / [A-Z]|\|/) ? substr(word, index(word, " ") + 1) : "-"
            add(flag, kind)
            line = substr(line, RSTART + RLENGTH)
        }
        next
    }
    /^  -/ {
        tag = $0; sub(/^ +/, "", tag); sub(/   .*/, "", tag)
        kind = "-"
        if (match(tag, /<[^>]*>/)) kind = substr(tag, RSTART + 1, RLENGTH - 2)
        n = split(tag, words, /[ ,]+/)
        for (i = 1; i <= n; i++) if (words[i] ~ /^--/) add(words[i], kind)
    }
    END { for (flag in seen) print flag, seen[flag] }
    '
}

# The values a help text lists for flag $1: "--flag a|b|c", "--flag V (a, b, c)" or, in the
# flag's own help, "...: a, b or c".
_attnscope_values()
{
    awk -v flag="$1" '
    function emit(list) { gsub(/ or |, |\|/, " ", list); print list; done = 1; exit }
    function listed(text) {
        if (match(text, ": ([A-Za-z0-9_]+, )*[A-Za-z0-9_]+ or [A-Za-z0-9_]+[ .(]"))
            emit(substr(text, RSTART + 2, RLENGTH - 3))
    }
    {
        line = $0
        if (option && line ~ /^   /) { sub(/^ +/, "", line); description = description " " line; next }
        if (option) { option = 0; listed(description) }
        if (index(line, "  " flag " ") == 1) { option = 1; description = line }
        sub(/^ +/, "", line)
        flat = flat " " line
    }
    END {
        if (done) exit
        if (option) listed(description)
        if (match(flat, flag "[ =][A-Za-z0-9_.]+(\\|[A-Za-z0-9_.]+)+"))
            emit(substr(flat, RSTART + length(flag) + 1, RLENGTH - length(flag) - 1))
        if (match(flat, flag " [A-Z]+ \\(([A-Za-z0-9_]+, )+[A-Za-z0-9_]+\\)")) {
            list = substr(flat, RSTART, RLENGTH); sub(/^[^(]*\(/, "", list); sub(/\)$/, "", list); emit(list)
        }
    }
    '
}

_attnscope()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local program=${COMP_WORDS[0]}
    [[ $program == "~"* ]] && program=${HOME}${program#\~}
    command -v -- "$program" >/dev/null 2>&1 || program=attnscope
    COMPREPLY=()

    local commands
    commands=$(_attnscope_help "$program" "" | sed -n '2s/.*{\([a-z|]*\)}.*/\1/p' | tr '|' ' ')
    local command=""
    if ((COMP_CWORD > 1)) && [[ " $commands " == *" ${COMP_WORDS[1]} "* ]]; then
        command=${COMP_WORDS[1]}
    fi

    if [[ $command == help ]]; then
        ((COMP_CWORD == 2)) && mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        return
    fi

    # The help that applies: the window's, the command's, or a mode's ("bench --ui").
    local topic=$command text
    text=$(_attnscope_help "$program" "$topic")
    if [[ -n $command ]]; then
        local word
        for word in "${COMP_WORDS[@]:2:COMP_CWORD-2}"; do
            if [[ $word == --* ]] && grep -q -- "$command $word --help" <<<"$text"; then
                topic="$command $word"
                text=$(_attnscope_help "$program" "$topic")
                break
            fi
        done
        # export takes "the parameters of compute" besides its own flags.
        if grep -q "the parameters of compute" <<<"$text"; then
            text+=$'\n'$(_attnscope_help "$program" compute | sed -n '/^Options:/,$p')
        fi
    fi

    local flags
    flags=$(_attnscope_flags <<<"$text")
    if [[ $prev == --* ]]; then
        local kind values
        kind=$(awk -v f="$prev" '$1 == f { print $2 }' <<<"$flags")
        values=$(_attnscope_values "$prev" <<<"$text")
        if [[ -n $values ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
            return
        elif [[ $kind == DIR ]]; then
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
        elif [[ -n $kind && $kind != - ]]; then
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
        fi
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(cut -d' ' -f1 <<<"$flags")" -- "$cur")
        return
    fi
    if [[ -z $command ]]; then
        # The window opens a lesson file; the first word may be a command.
        if ((COMP_CWORD == 1)); then
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        local IFS=$'\n'
        COMPREPLY+=($(compgen -f -X '!*.lesson' -- "$cur") $(compgen -d -- "$cur"))
        return
    fi
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}
complete -F _attnscope attnscope
