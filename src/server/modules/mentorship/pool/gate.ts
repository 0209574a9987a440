import { provideMentorGate } from '../../training/mentoring/mentor-gate.js';
import { isPoolMentor } from './pool.service.js';

// What training asks of the pool before it assigns a mentor (training/mentoring/mentor-gate.ts).
provideMentorGate({ isPoolMentor });
