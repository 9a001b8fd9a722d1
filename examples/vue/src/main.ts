import { createApp } from 'vue';
import 'newsroom-charts/all.js';
import App from './App.vue';

createApp(App).mount('#app');
