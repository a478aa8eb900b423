#!/bin/sh
# Regenerates the default spoken prompts (src/telephony/prompts/defaults/<lang>/<kind>.wav):
# espeak-ng speaks each text, sox turns it into what a phone line plays as it is (8 kHz mono
# G.711 µ-law WAV, normalised to -3 dBFS). Run by hand after changing a text; the files are
# committed and nothing runs this at run time. Needs: apt-get install -y espeak-ng sox
set -eu
out="$(dirname "$0")/../src/telephony/prompts/defaults"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say() { # language voice kind text
  mkdir -p "$out/$1"
  espeak-ng -v "$2" -s 150 -w "$work/speech.wav" "$4"
  sox "$work/speech.wav" -r 8000 -c 1 -e u-law "$out/$1/$3.wav" norm -3
  echo "$out/$1/$3.wav"
}

say en en-us welcome "Welcome. Please hold while we connect your call."
say en en-us menu "Please choose an option on your keypad."
say en en-us closed "Sorry, we are closed right now. Please call again later."
say en en-us voicemail_greeting "Please leave a message after the tone."

say es es welcome "Bienvenido. Un momento, por favor, le pasamos con un agente."
say es es menu "Por favor, elija una opción en su teclado."
say es es closed "Lo sentimos, ahora estamos cerrados. Por favor, llame más tarde."
say es es voicemail_greeting "Por favor, deje su mensaje después de la señal."
