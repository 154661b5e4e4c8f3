import { localVoiceFor, readElementAloud } from '@/lib/speech';

/**
 * "Read this page aloud" on content pages (components/ui/ReadAloudButton.tsx renders it hidden): shown only when the
 * device has a voice of its own for the page's language, it reads the text of its target with the browser's speech
 * engine. Nothing is sent anywhere.
 */
export function enhanceReadAloud() {
  if (!('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-read-aloud]')) {
    const lang = button.dataset.lang ?? document.documentElement.lang;
    const label = button.querySelector<HTMLElement>('[data-label]');
    let voice: SpeechSynthesisVoice | undefined;
    const setSpeaking = (on: boolean) => {
      button.setAttribute('aria-pressed', String(on));
      if (label) label.textContent = (on ? button.dataset.stop : button.dataset.read) ?? '';
    };
    // Voices load late in some browsers, so look again when the list changes.
    const pick = () => {
      voice = localVoiceFor(lang);
      button.hidden = !voice;
    };
    pick();
    synth.addEventListener('voiceschanged', pick);
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') === 'true') {
        synth.cancel();
        setSpeaking(false);
        return;
      }
      readElementAloud(button.dataset.readAloud ?? '', lang, voice, () => setSpeaking(false));
      setSpeaking(true);
    });
  }
  window.addEventListener('pagehide', () => synth.cancel());
}
