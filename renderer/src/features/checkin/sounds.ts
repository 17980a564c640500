/**
 * Short tones for the door desk, synthesised (no audio files): a high blip for a check-in, a low
 * double tone for a refusal, so the staff hears the result without looking.
 */
let context: AudioContext | null = null;

function tone(frequency: number, startAt: number, duration: number): void {
  context ??= new AudioContext();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequency;
  oscillator.type = 'sine';
  gain.gain.setValueAtTime(0.0001, context.currentTime + startAt);
  gain.gain.exponentialRampToValueAtTime(0.25, context.currentTime + startAt + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + startAt + duration);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(context.currentTime + startAt);
  oscillator.stop(context.currentTime + startAt + duration + 0.02);
}

export function playSound(kind: 'success' | 'refusal'): void {
  try {
    if (kind === 'success') tone(1175, 0, 0.12);
    else {
      tone(220, 0, 0.16);
      tone(196, 0.2, 0.22);
    }
  } catch {
    // No audio device: the screen still says it all.
  }
}
