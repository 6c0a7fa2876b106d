/** The words the stage and the interface share for channels and moods (translations later). */
import type { Channel, Mood } from '../story/tags.ts';

export const channelNames: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text messages',
  call: 'Video call',
  'in-person': 'In person',
};

export const moodNames: Record<Mood, string> = {
  pleased: 'Pleased',
  neutral: 'Neutral',
  annoyed: 'Annoyed',
  angry: 'Angry',
  hurt: 'Hurt',
  delighted: 'Delighted',
};
