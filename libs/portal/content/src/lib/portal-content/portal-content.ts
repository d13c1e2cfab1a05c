import { Component } from '@angular/core';

@Component({
  selector: 'pt-portal-content',
  imports: [],
  templateUrl: './portal-content.html',
  styleUrl: './portal-content.css'
})
export class PortalContent {}
