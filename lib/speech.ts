/**
 * A voice on this device for the language. Network voices (localService false, such as some browsers' cloud
 * voices) send the text to a speech service: a letter holds a name and an IMEI, so they are never used.
 */
export function localVoiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split('-')[0];
  return window.speechSynthesis.getVoices().find((v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
}

/** Reads the text of the element `targetId` aloud with `voice`, instead of anything being read; `done` when it ends. */
export function readElementAloud(targetId: string, lang: string, voice: SpeechSynthesisVoice | undefined, done: () => void) {
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(document.getElementById(targetId)?.innerText ?? '');
  utterance.lang = lang;
  utterance.voice = voice ?? null;
  utterance.onend = done;
  utterance.onerror = done;
  synth.cancel();
  synth.speak(utterance);
}
