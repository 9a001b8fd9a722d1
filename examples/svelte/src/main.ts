import { mount } from 'svelte';
import 'newsroom-charts/all.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
